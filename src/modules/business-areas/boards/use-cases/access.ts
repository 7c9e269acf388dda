import type { Access } from '../../../../platform/http/access.ts';

/** The programme office keeps the boards, their members and their meetings. */
export const CHANGE_BOARDS: Access = { anyOf: ['programme_team'] };
export const BOARDS_TAGS = ['Boards and meetings'];
