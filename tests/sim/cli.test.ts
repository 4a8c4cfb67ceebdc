import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../scripts/sim/args';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = (name: string): string =>
  fileURLToPath(new URL(`../fixtures/scenarios/${name}`, import.meta.url));

function simulateCli(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/simulate.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('CLI arguments', () => {
  it('parses every flag, in both --flag value and --flag=value forms', () => {
    const r = parseArgs([
      '--scenario',
      'a.json',
      '--paths=5000',
      '--seed',
      '9',
      '--workers',
      '0',
      '--json',
      '--sensitivity',
      '--no-counties',
    ]);
    expect(r).toEqual({
      ok: true,
      args: {
        scenario: 'a.json',
        paths: 5000,
        seed: 9,
        workers: 0,
        json: true,
        counties: null,
        noCounties: true,
        sensitivity: true,
        help: false,
      },
    });
  });

  const bad: [string[], RegExp][] = [
    [['--paths', 'abc'], /^--paths must be a whole number \(got "abc"\)/],
    [['--paths', '0'], /^--paths must be at least 1/],
    [['--paths', '-3'], /^--paths must be at least 1/],
    [['--paths', '20000001'], /^--paths must be at most 10,000,000 paths/],
    [['--paths', '1e3'], /^--paths must be a whole number/],
    [['--seed', '-1'], /^--seed must be a whole number from 0 to 4294967295/],
    [['--seed', 'NaN'], /^--seed must be a whole number/],
    [['--workers', '1.5'], /^--workers must be a whole number from 0 to 64/],
    [['--workers'], /^--workers needs a value/],
    [['--frobnicate'], /^unknown argument "--frobnicate"/],
    [['--json=yes'], /^--json takes no value/],
  ];
  for (const [argv, message] of bad) {
    it(`rejects ${argv.join(' ')}`, () => {
      const r = parseArgs(argv);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toMatch(message);
    });
  }
});

describe('npm run simulate', () => {
  it('prints the same JSON for any number of workers', () => {
    const args = ['--scenario', fixture('downturn-fast-gulei.json'), '--paths', '30000', '--json'];
    const one = simulateCli([...args, '--workers', '1']);
    const two = simulateCli([...args, '--workers', '2']);
    const inline = simulateCli([...args, '--workers', '0']);
    expect(one.code, one.stderr).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(inline.stdout).toBe(one.stdout);
    const result = JSON.parse(one.stdout) as {
      paths: number;
      outputs: { id: string; annual: { pMeet: number } }[];
    };
    expect(result.paths).toBe(30000);
    expect(result.outputs.map((o) => o.id)).toContain('gdp');
  }, 120_000);

  it('runs the plan-consistent default scenario with no --scenario and prints a table', () => {
    const r = simulateCli(['--paths', '4096', '--workers', '1']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/按计划基准 Plan-consistent baseline/);
    expect(r.stdout).toMatch(/地区生产总值 GDP/);
    expect(r.stdout).toMatch(/达标概率/);
  }, 60_000);

  it('exits non-zero with a named argument and no stack trace on bad arguments', () => {
    const r = simulateCli(['--paths', 'lots']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^simulate: --paths must be a whole number \(got "lots"\)/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  it('exits non-zero naming the fields of an invalid scenario file', () => {
    const r = simulateCli(['--scenario', fixture('invalid/shares.json')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/parameters\["share\.\*"\]: sector shares must add up to 1/);
    const missing = simulateCli(['--scenario', fixture('nope.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--scenario: cannot read .*nope\.json \(ENOENT\)/);
    const notJson = simulateCli(['--scenario', fixture('invalid/not-json.txt')]);
    expect(notJson.stderr).toMatch(/\(file\): is not valid JSON/);
    expect(notJson.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);
});
