import { launchBrowser } from './support/browser.mjs';
import { benchRoutes } from './support/routes.mjs';
import { startServer } from './support/server.mjs';
import { runImpactCase } from './page-impact/case.mjs';
import { fileURLToPath } from 'node:url';
import { analyseImpact } from './page-impact/analyse.mjs';
const repository = new URL('..', import.meta.url);
const root = fileURLToPath(repository).replace(/\/$/, '');
const server = await startServer(root, await benchRoutes(repository, [100]));
const { browser, close } = await launchBrowser();
try {
  const impact = await runImpactCase({ browser, origin: server.origin, rounds: 7, log: () => {} });
  const a = analyseImpact(impact); console.log(JSON.stringify({ cls: a.cls, over50: a.oursOver50, causes: a.causes }, null, 1));
} finally { await close(); await server.close(); }
