import { type IncomingMessage } from 'node:http';
import { clientAddress, originAllowed } from './graphql-ws.server.js';

const request = (remoteAddress: string, forwardedFor?: string) =>
  ({ socket: { remoteAddress }, headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {} }) as unknown as IncomingMessage;

describe('WebSocket upgrade checks', () => {
  describe('originAllowed', () => {
    const site = 'https://praxisforum.example';

    it('accepts the public URL and the requested host, and clients without Origin', () => {
      expect(originAllowed('https://praxisforum.example', 'internal:3000', site)).toBe(true);
      expect(originAllowed('http://10.0.0.5:3000', '10.0.0.5:3000', site)).toBe(true);
      expect(originAllowed(undefined, 'praxisforum.example', site)).toBe(true);
    });

    it('refuses other sites, look-alike hosts, other schemes and "null"', () => {
      expect(originAllowed('https://evil.example', 'praxisforum.example', site)).toBe(false);
      expect(originAllowed('https://praxisforum.example.evil.test', 'praxisforum.example', site)).toBe(false);
      expect(originAllowed('http://praxisforum.example', 'internal:3000', site)).toBe(false);
      expect(originAllowed('null', 'praxisforum.example', site)).toBe(false);
    });

    it('accepts any localhost port only while the site itself runs on localhost (the Vite dev proxy)', () => {
      expect(originAllowed('http://localhost:5173', '127.0.0.1:3000', 'http://localhost:3000')).toBe(true);
      expect(originAllowed('http://localhost:5173', '127.0.0.1:3000', site)).toBe(false);
    });
  });

  describe('clientAddress', () => {
    it('ignores X-Forwarded-For without trusted proxies, so clients cannot pick their address', () => {
      expect(clientAddress(request('198.51.100.1', '203.0.113.7'), 0)).toBe('198.51.100.1');
    });

    it('takes the address the trusted proxies saw, as Express does', () => {
      expect(clientAddress(request('10.0.0.1', '203.0.113.7'), 1)).toBe('203.0.113.7');
      expect(clientAddress(request('10.0.0.1', 'spoofed, 203.0.113.7'), 1)).toBe('203.0.113.7');
      expect(clientAddress(request('10.0.0.1', '203.0.113.7, 10.0.0.2'), 2)).toBe('203.0.113.7');
      expect(clientAddress(request('10.0.0.1'), 1)).toBe('10.0.0.1');
    });
  });
});
