// Tests use the system Chromium; no browser is downloaded at install.
module.exports = { skipDownload: true };
