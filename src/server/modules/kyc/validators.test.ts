import { describe, expect, it } from 'vitest';
import { creditCodeCheckCharacter, creditCodeProblem, normaliseCreditCode } from './credit-code.ts';
import { normaliseResidentId, residentIdCheckCharacter, residentIdProblem } from './resident-id.ts';

const today = new Date('2026-05-01T00:00:00Z');

describe('GB 11643 resident ID numbers', () => {
  it('accepts the public example, including its X check character', () => {
    expect(residentIdProblem('11010519491231002X', today)).toBeNull();
    expect(residentIdProblem(normaliseResidentId(' 110105 19491231 002x '), today)).toBeNull();
  });

  it('accepts a number whose check character is a digit', () => {
    const first17 = '44030419900101123';
    const id = `${first17}${residentIdCheckCharacter(first17)}`;
    expect(id).toMatch(/\d$/);
    expect(residentIdProblem(id, today)).toBeNull();
  });

  it('refuses a near miss with a wrong check character', () => {
    expect(residentIdProblem('110105194912310021', today)).toBe('check_digit');
    expect(residentIdProblem('11010519491231003X', today)).toBe('check_digit');
  });

  it('refuses the wrong length or characters', () => {
    expect(residentIdProblem('11010519491231002', today)).toBe('format');
    expect(residentIdProblem('1101051949123100XX', today)).toBe('format');
    expect(residentIdProblem('11010519491231002Y', today)).toBe('format');
  });

  it('refuses an impossible or future birth date', () => {
    const withBirth = (birth: string) => {
      const first17 = `110105${birth}002`;
      return `${first17}${residentIdCheckCharacter(first17)}`;
    };
    expect(residentIdProblem(withBirth('19490230'), today)).toBe('birth_date');
    expect(residentIdProblem(withBirth('20270101'), today)).toBe('birth_date');
    expect(residentIdProblem(withBirth('18991231'), today)).toBe('birth_date');
    expect(residentIdProblem(withBirth('20000229'), today)).toBeNull();
  });

  it('refuses a region prefix that is no province', () => {
    const first17 = '99010519491231002';
    expect(residentIdProblem(`${first17}${residentIdCheckCharacter(first17)}`, today)).toBe(
      'region',
    );
  });
});

describe('GB 32100 unified social credit codes', () => {
  it('accepts valid public examples', () => {
    expect(creditCodeProblem('91350100M000100Y43')).toBeNull();
    expect(creditCodeProblem('91310000MA1FL4B24G')).toBeNull();
    expect(creditCodeProblem(normaliseCreditCode('91350100m000100y43'))).toBeNull();
  });

  it('maps a weighted sum divisible by 31 to the check character 0, not 31', () => {
    expect(creditCodeCheckCharacter('91350100M000100Y3')).toBe('0');
    expect(creditCodeProblem('91350100M000100Y30')).toBeNull();
  });

  it('refuses a near miss with a wrong check character', () => {
    expect(creditCodeProblem('91350100M000100Y44')).toBe('check_character');
    expect(creditCodeProblem('91350100M000100Y4A')).toBe('check_character');
  });

  it('refuses letters outside the alphabet and the wrong length', () => {
    expect(creditCodeProblem('91350100M000100I43')).toBe('format');
    expect(creditCodeProblem('91350100M000100O43')).toBe('format');
    expect(creditCodeProblem('91350100M000100Y4')).toBe('format');
    expect(creditCodeProblem('9135A100M000100Y43')).toBe('format');
  });
});
