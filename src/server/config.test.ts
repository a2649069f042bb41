import { describe, expect, it } from 'vitest';
import { ConfigError, isLoopbackHost, loadConfig } from './config.ts';

const load = (env: Record<string, string>) => loadConfig(env, '/srv/kaidian');

function refusal(env: Record<string, string>): ConfigError {
  try {
    load(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(env)} to be refused`);
}

describe('DEV_MAILBOX', () => {
  it('is on by default while Kaidian listens on loopback with no SMTP server, without a warning', () => {
    for (const host of ['127.0.0.1', '127.8.9.10', '::1', 'localhost']) {
      expect(load({ HOST: host })).toMatchObject({ devMailbox: true, devMailboxWarning: false });
    }
    expect(load({})).toMatchObject({ devMailbox: true, devMailboxWarning: false });
  });

  it('is off by default once SMTP_URL is set, on any host', () => {
    const smtp = { SMTP_URL: 'smtp://mail.example.com:587' };
    expect(load({ ...smtp })).toMatchObject({ devMailbox: false, devMailboxWarning: false });
    expect(load({ ...smtp, HOST: '0.0.0.0' })).toMatchObject({ devMailbox: false });
  });

  it('stops start-up on a non-loopback HOST with no SMTP_URL, saying how to go on', () => {
    for (const host of ['0.0.0.0', '::', '192.168.1.20', 'shop.example.com']) {
      const error = refusal({ HOST: host });
      expect(error.setting).toBe('DEV_MAILBOX');
      expect(error.message).toMatch(/^DEV_MAILBOX: /);
      expect(error.message).toContain('SMTP_URL');
      expect(error.message).toContain('DEV_MAILBOX=on');
      expect(error.message).not.toContain('\n');
    }
  });

  it('on a non-loopback HOST, DEV_MAILBOX=on serves the mailbox with a warning on every page', () => {
    expect(load({ HOST: '0.0.0.0', DEV_MAILBOX: 'on' })).toMatchObject({
      devMailbox: true,
      devMailboxWarning: true,
    });
    expect(load({ HOST: '0.0.0.0', DEV_MAILBOX: 'ON' }).devMailbox).toBe(true);
  });

  it('DEV_MAILBOX=off records messages without serving them, on any host', () => {
    expect(load({ HOST: '0.0.0.0', DEV_MAILBOX: 'off' })).toMatchObject({
      devMailbox: false,
      devMailboxWarning: false,
    });
    expect(load({ DEV_MAILBOX: 'off' }).devMailbox).toBe(false);
  });

  it('DEV_MAILBOX=on beside SMTP_URL still serves it (SMS has no other carrier yet)', () => {
    expect(
      load({ SMTP_URL: 'smtp://mail.example.com', DEV_MAILBOX: 'on', HOST: '10.0.0.5' }),
    ).toMatchObject({ devMailbox: true, devMailboxWarning: true });
  });

  it('refuses anything but on or off', () => {
    expect(refusal({ DEV_MAILBOX: 'yes' }).message).toBe(
      'DEV_MAILBOX: must be on or off, got "yes"',
    );
  });
});

describe('loopback hosts', () => {
  it('are 127.0.0.0/8, ::1 and localhost, however they are written', () => {
    for (const host of [
      '127.0.0.1',
      '127.255.0.1',
      '::1',
      '[::1]',
      '0:0:0:0:0:0:0:1',
      'LOCALHOST',
    ]) {
      expect(isLoopbackHost(host)).toBe(true);
    }
    for (const host of ['0.0.0.0', '::', '10.0.0.1', '128.0.0.1', '::2', 'localhost.example.com']) {
      expect(isLoopbackHost(host)).toBe(false);
    }
  });
});

describe('TRUST_PROXY', () => {
  it('is off by default: X-Forwarded-For is nobody’s word', () => {
    expect(load({}).trustProxy).toBe(false);
    expect(load({ TRUST_PROXY: 'off' }).trustProxy).toBe(false);
  });

  it('takes a comma-separated list of proxy addresses and CIDRs', () => {
    expect(load({ TRUST_PROXY: '127.0.0.1' }).trustProxy).toEqual(['127.0.0.1']);
    expect(load({ TRUST_PROXY: '10.0.0.1, 192.168.0.0/16,::1,fd00::/8' }).trustProxy).toEqual([
      '10.0.0.1',
      '192.168.0.0/16',
      '::1',
      'fd00::/8',
    ]);
    expect(load({ TRUST_PROXY: 'loopback' }).trustProxy).toEqual(['loopback']);
  });

  it('takes a hop count', () => {
    expect(load({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(load({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
  });

  it.each([
    'true',
    '*',
    '0',
    '10.0.0.0/33',
    '10.0.0.1/',
    'proxy.example.com',
    '10.0.0.1,,10.0.0.2',
  ])('refuses %s', (value) => {
    const error = refusal({ TRUST_PROXY: value });
    expect(error.setting).toBe('TRUST_PROXY');
    expect(error.message).toMatch(/^TRUST_PROXY: /);
  });
});
