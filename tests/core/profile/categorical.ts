import { encodeCategories } from '../../../src/core/csv/encodeCategories';
import type { CategoricalInput } from '../../../src/core/profile/profileSegments';

/** A categorical profile input from plain cell texts, encoded as the table worker encodes it. */
export function categorical(name: string, texts: readonly string[]): CategoricalInput {
  const [column] = encodeCategories(
    texts.length,
    (visit) => texts.forEach((text, i) => visit([text], i)),
    [0],
  );
  if (column === undefined) throw new Error('encodeCategories returned nothing');
  return { name, codes: column.codes, categories: column.categories };
}
