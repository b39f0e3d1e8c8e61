import { describe, expect, it } from 'vitest';
import { expandKernel } from '../../../../../src/core/cluster/bounds/wasm/template/expandKernel';

describe('expandKernel', () => {
  it('writes an //#unroll block once per value, with {j} and {8 * j} replaced', () => {
    const template = ['a;', '  //#unroll j = 1..3', '  s += load(x, {8 * j}) * {j};', '  //#end', 'b;'].join(
      '\n',
    );
    expect(expandKernel(template).split('\n')).toEqual([
      'a;',
      '  s += load(x, 8) * 1;',
      '  s += load(x, 16) * 2;',
      '  s += load(x, 24) * 3;',
      'b;',
    ]);
  });

  it('expands nested blocks and #each lists whose items hold calls and commas', () => {
    const template = ['//#unroll t = 2..3', 'f(#each(j = 0..2, g(r{j}, {16 * j})), c{t});', '//#end'].join(
      '\n',
    );
    expect(expandKernel(template)).toBe(
      'f(g(r0, 0), g(r1, 16), g(r2, 32), c2);\nf(g(r0, 0), g(r1, 16), g(r2, 32), c3);',
    );
  });

  it('turns a //#specialize statement into a switch, with break only after a void call', () => {
    expect(expandKernel('  return f({d}); //#specialize d = 1..2').split('\n')).toEqual([
      '  switch (d) {',
      '    case 1:',
      '      return f(1);',
      '    case 2:',
      '      return f(2);',
      '    default:',
      '      return f(d);',
      '  }',
    ]);
    expect(expandKernel('g({d}); //#specialize d = 1..1')).toBe(
      'switch (d) {\n  case 1:\n    g(1);\n    break;\n  default:\n    g(d);\n}',
    );
  });

  it('leaves comments alone and refuses marks it could not expand', () => {
    expect(expandKernel('// `#each(j = 0..7, item)` and {j} in prose')).toBe(
      '// `#each(j = 0..7, item)` and {j} in prose',
    );
    expect(() => expandKernel('//#unroll j = 1..2\nx{j};')).toThrow(/no \/\/#end/);
    expect(() => expandKernel('x{k};')).toThrow(/Unexpanded/);
    expect(() => expandKernel('f(#each(j = 1..x, a));')).toThrow(/Bad range/);
  });
});
