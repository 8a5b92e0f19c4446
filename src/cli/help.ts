export const HELP = `Usage: khabar [options] [FILE...]

Extracts people, places, organizations, figures and dates from Arabic news text.
With no FILE, or where FILE is -, reads standard input. Files are UTF-8.

Output (stdout)
  one input       the extraction as one JSON document
  several FILEs   JSON Lines: one {"file": FILE, ...extraction} per file, in argument order
                  (also for one FILE with --with-filename)
  --jsonl         JSON Lines in and out: each input line {"id": ..., "text": ...} gives one
                  output line {"id": ..., ...extraction}, in input order. A line may carry its
                  own "referenceDate"; other fields are ignored; blank lines are skipped.
                  An input that fails gives no output line (use "id" to match lines up).

Options
  --jsonl                  read and write JSON Lines, streaming, in constant memory
  --with-filename          JSON Lines with "file" even for a single FILE: the same shape
                           whatever the number of files (scripts, xargs)
  --reference-date DATE    anchor relative and year-less dates (yesterday, Friday, 9 November)
                           on DATE, an ISO 8601 date such as 2020-11-16; without it, each
                           article's dateline is used when it has one
  --pretty                 tables for reading in a terminal instead of JSON
  --html                   one HTML page for one article instead of JSON: its text with
                           every mention marked, the entities, figures and dates, the JSON
  --no-shape               with --pretty: leave Arabic unshaped and in logical order, for
                           terminals that shape and reorder it themselves
  --workers N              extract on N worker threads; output order is unchanged
  --no-progress            never show the progress bar
  -o, --output FILE        write the output to FILE: to a temporary file beside it, renamed
                           to FILE once the run completes, so an interrupted or failed run
                           never leaves a half-written FILE
  -h, --help               show this help
  --version                show khabar's version

Progress
  A progress bar appears on stderr when stderr is a terminal, stdout is not, and the run
  takes longer than a second.

Exit status
  0  every input was processed
  1  some inputs failed, each reported on stderr as "khabar: FILE: why" or
     "khabar: FILE:LINE: why" (- for standard input); all others were processed.
     Also when the output cannot be written (a full disk).
  2  usage error: unknown option, bad --reference-date or --workers value

Examples
  khabar article.txt
  khabar --pretty --reference-date 2020-11-16 article.txt
  khabar --html article.txt > article.html
  cat articles.jsonl | khabar --jsonl --workers 4 > extractions.jsonl
`;
