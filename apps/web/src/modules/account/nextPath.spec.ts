import { safeNextPath, signInPath } from './nextPath';

describe('safeNextPath', () => {
  it('keeps paths of this site with their query', () => {
    expect(safeNextPath('/kommunen/weinheim?tab=1')).toBe('/kommunen/weinheim?tab=1');
    expect(safeNextPath('/einladung?token=abc')).toBe('/einladung?token=abc');
  });

  it.each(['https://evil.example/', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)', 'konto', ''])(
    'refuses %p and falls back to the account page',
    (next) => {
      expect(safeNextPath(next)).toBe('/konto');
    },
  );

  it('does not send people back to the sign-in page', () => {
    expect(safeNextPath('/anmelden?next=%2Fkonto')).toBe('/konto');
  });
});

describe('signInPath', () => {
  it('carries the current page along, except for the start and sign-in pages', () => {
    expect(signInPath('/konto/daten')).toBe('/anmelden?next=%2Fkonto%2Fdaten');
    expect(signInPath('/')).toBe('/anmelden');
    expect(signInPath('/anmelden?next=%2Fkonto')).toBe('/anmelden');
  });
});
