import { resolve } from 'node:path';
import { after, describe, it } from 'node:test';
import { RuleTester } from 'eslint';
import plugin from './app-boundaries.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.afterAll = after;

const root = resolve(import.meta.dirname, '../..');
const api = resolve(root, 'apps/api/src/core/web/serve-web-app.ts');
const web = resolve(root, 'apps/web/src/app/Layout.tsx');
const tester = new RuleTester({ languageOptions: { ecmaVersion: 2023, sourceType: 'module' } });

tester.run('no-cross-app-imports', plugin.rules['no-cross-app-imports'], {
  valid: [
    { filename: api, code: "import { LIMITS } from '@praxisforum/domain';" },
    { filename: api, code: "import { x } from '../config/config.js';" },
    // A folder of the API that happens to be called web is still the API.
    { filename: resolve(root, 'apps/api/src/core/health/health.controller.ts'), code: "import { x } from '../web/serve-web-app.js';" },
    { filename: web, code: "import { i18n } from '../i18n';" },
    { filename: resolve(root, 'tools/e2e/tests/a.ts'), code: "import x from '../../../apps/api/src/main.js';" },
  ],
  invalid: [
    { filename: api, code: "import { x } from '../../../../web/src/app/apollo';", errors: [{ messageId: 'crossApp' }] },
    { filename: api, code: "export * from 'web';", errors: [{ messageId: 'crossApp' }] },
    { filename: web, code: "import { Municipality } from '../../../api/src/municipalities/index.js';", errors: [{ messageId: 'crossApp' }] },
    { filename: web, code: "const m = await import('api/src/main.js');", errors: [{ messageId: 'crossApp' }] },
  ],
});
