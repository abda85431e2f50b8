// Browsers come from Debian packages; puppeteer must never download its own.
module.exports = { skipDownload: true };
