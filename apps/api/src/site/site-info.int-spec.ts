import { loadConfig } from '../core/config/config.js';
import { startTestApp } from '../../test/test-app.js';

describe('siteInfo', () => {
  it('gives the operator details from configuration, for Impressum and privacy notice', async () => {
    const config = loadConfig({
      OPERATOR_NAME: 'Landkreis Musterkreis',
      OPERATOR_STREET: 'Hauptstraße 1',
      OPERATOR_POSTAL_CODE: '79100',
      OPERATOR_CITY: 'Musterstadt',
      OPERATOR_EMAIL: 'praxisforum@example.org',
      PRIVACY_OFFICER_EMAIL: 'datenschutz@example.org',
      SEED_DEMO: 'false',
    });
    const t = await startTestApp({ operator: config.operator, privacyOfficerEmail: config.privacyOfficerEmail, seedDemo: false });
    try {
      const result = await t.gql(`{ siteInfo { operator { name street postalCode city email phone } dataProtectionOfficerEmail isDemo } }`);
      expect(result.data!.siteInfo).toEqual({
        operator: { name: 'Landkreis Musterkreis', street: 'Hauptstraße 1', postalCode: '79100', city: 'Musterstadt', email: 'praxisforum@example.org', phone: null },
        dataProtectionOfficerEmail: 'datenschutz@example.org',
        isDemo: false,
      });
    } finally {
      await t.close();
    }
  });
});
