export const PIPELINE_TAGS = ['Business cases'];
