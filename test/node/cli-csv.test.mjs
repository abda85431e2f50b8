import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { mapColumns } from '../../lib/cli/csv/columns.js';
import { courseFields } from '../../lib/cli/csv/fields.js';
import { buildRecord } from '../../lib/cli/csv/build-record.js';
import { detectSeparator, parseCsv } from '../../lib/cli/csv/parse-csv.js';
import { parseDate, parseDecimal, parseList } from '../../lib/cli/csv/values.js';
import { CliError } from '../../lib/cli/errors.js';

const rows = (text) => parseCsv(text, 'test.csv').rows.map((row) => [row.line, row.cells]);

describe('parseCsv', () => {
  test('detects the separator from the header line, ignoring quoted ones', () => {
    assert.equal(detectSeparator('id;title;price\n1,2,3,4,5'), ';');
    assert.equal(detectSeparator('id,title,price\n1;2;3;4;5'), ',');
    assert.equal(detectSeparator('"a;b;c",d\n'), ',');
    assert.equal(detectSeparator('id'), ',');
  });
  test("reads quoted fields with separators, doubled quotes and line breaks, keeping each row's first line", () => {
    const text = 'id;title;url\r\n1;"Say ""hi""; then go";u\r\n2;"two\r\nlines\nthree";u\r\n3;plain;u';
    assert.deepEqual(rows(text), [
      [2, ['1', 'Say "hi"; then go', 'u']],
      [3, ['2', 'two\nlines\nthree', 'u']],
      [6, ['3', 'plain', 'u']],
    ]);
  });
  test('skips empty lines and rows of separators only, counting them as lines', () => {
    assert.deepEqual(rows('id,title\n\n1,a\n,\n\r\n2,b\n\n'), [
      [3, ['1', 'a']],
      [6, ['2', 'b']],
    ]);
  });
  test('reads old Mac CR line ends and a last line without a line break', () => {
    assert.deepEqual(rows('id,title\r1,a\r2,b'), [
      [2, ['1', 'a']],
      [3, ['2', 'b']],
    ]);
  });
  test('refuses an unclosed quote, naming the line it opens on, and an empty file', () => {
    assert.throws(
      () => parseCsv('id,title\n1,ok\n2,"open\nstill open', 'x.csv'),
      (error) => {
        assert.ok(error instanceof CliError);
        assert.match(error.message, /x\.csv: the quoted field that starts on line 3 is never closed/);
        return true;
      },
    );
    assert.throws(() => parseCsv('\n\n', 'x.csv'), /x\.csv is empty: it needs a header line/);
  });
});

describe('cell values', () => {
  test('numbers with German or English decimal and thousands separators', () => {
    const cases = {
      1490: 1490,
      '1.490,50': 1490.5,
      '1490,5': 1490.5,
      '1490.50': 1490.5,
      '1,490.50': 1490.5,
      '1.490': 1490,
      '1 490,00': 1490,
      '12.345.678': 12345678,
      '0,5': 0.5,
      '-5': -5,
    };
    for (const [text, number] of Object.entries(cases)) assert.equal(parseDecimal(text), number, text);
    for (const text of ['ask us', '1,2,3', '1.49.0', '€ 490', '', '1.490.5'])
      assert.equal(parseDecimal(text), undefined, text);
  });
  test('dates in ISO or German form; anything else is left for the schema to report', () => {
    assert.equal(parseDate('2027-03-01'), '2027-03-01');
    assert.equal(parseDate('01.03.2027'), '2027-03-01');
    assert.equal(parseDate('1.3.2027'), '2027-03-01');
    assert.equal(parseDate('March 1'), 'March 1');
  });
  test('lists split on | when present, else on commas', () => {
    assert.deepEqual(parseList('a | b|'), ['a', 'b']);
    assert.deepEqual(parseList('a, b'), ['a', 'b']);
    assert.deepEqual(parseList('Hosting, moderation | SEO'), ['Hosting, moderation', 'SEO']);
  });
});

describe('columns', () => {
  const required = ['id', 'title', 'provider', 'roles', 'format', 'url'];
  test('matches names case-insensitively, with German aliases and language columns', () => {
    const { columns, ignored } = mapColumns(
      ['ID', 'Titel_DE', 'title_en', 'Anbieter', 'Rollen', 'Format', 'Preis', 'Währung', 'Link', 'Bemerkung'],
      courseFields,
      'x.csv',
    );
    assert.deepEqual(
      columns.map((column) => [column.index, column.spec.name, column.lang]),
      [
        [0, 'id', undefined],
        [1, 'title', 'de'],
        [2, 'title', 'en'],
        [3, 'provider', undefined],
        [4, 'roles', undefined],
        [5, 'format', undefined],
        [6, 'price', undefined],
        [7, 'currency', undefined],
        [8, 'url', undefined],
      ],
    );
    assert.deepEqual(ignored, ['Bemerkung']);
  });
  test('missing required columns: one error naming them and their aliases', () => {
    assert.throws(
      () => mapColumns(['id', 'titel', 'anbieter', 'rollen'], courseFields, 'x.csv'),
      (error) => {
        assert.equal(error.exitCode, 1);
        assert.match(error.message, /x\.csv lacks required column\(s\): "format" or "form"; "url" or "link"\./);
        return true;
      },
    );
  });
  test('two columns for one field are refused', () => {
    assert.throws(
      () => mapColumns([...required, 'titel'], courseFields, 'x.csv'),
      /"title" and "titel" both give title/,
    );
    assert.throws(() => mapColumns([...required, 'title_de'], courseFields, 'x.csv'), /both give title_de/);
    // Only text fields take language columns: start_de names no field, so it is reported as ignored.
    assert.deepEqual(mapColumns([...required, 'start_de'], courseFields, 'x.csv').ignored, ['start_de']);
  });
  test('a row becomes an item: price object, translations zipped, empty cells left out', () => {
    const header = [
      'id',
      'title_de',
      'title_en',
      'provider',
      'roles',
      'format',
      'price',
      'currency',
      'topics_de',
      'topics_en',
      'hours',
      'url',
    ];
    const { columns } = mapColumns(header, courseFields, 'x.csv');
    const record = buildRecord(
      [
        'c1',
        'Kurs',
        'Course',
        'acad',
        'a|b',
        'online',
        '1.490,50',
        '',
        'SEO|Analyse',
        'SEO',
        ' ',
        'https://x.example/',
      ],
      columns,
      courseFields,
    );
    assert.deepEqual(record, {
      id: 'c1',
      title: { de: 'Kurs', en: 'Course' },
      provider: 'acad',
      roles: ['a', 'b'],
      format: 'online',
      price: { amount: 1490.5 },
      url: 'https://x.example/',
      topics: [{ de: 'SEO', en: 'SEO' }, { de: 'Analyse' }],
    });
  });
});
