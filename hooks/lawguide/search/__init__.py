"""Material's search, tuned for a Chinese and an English site of statutes and answers.

Material indexes each page's sections with lunr; for Chinese it cuts the text
with jieba at build time and the worker segments queries against the index's
words in the browser. What this package adds, one concern per module:

- ``tokens``: how Material tokenizes Chinese, so the other modules see the index
  as the worker does;
- ``dictionary``: the jieba user dictionary (statute names, article labels,
  legal terms), generated at each build;
- ``compounds``: the later halves of compound words (诉讼时效 -> 时效), since the
  worker matches words by prefix only;
- ``lookup``: what an article section must answer to (law names in both
  languages, both numeral forms), so a citation typed in any form finds it;
- ``synonyms``: everyday words, kinship words and app names (``data/search-synonyms.yml``)
  added to the entries they mean;
- ``worker``: the pinned fix of Material 9.8.1's query segmentation;
- ``bundle``: the pinned change of Material's main script that loads the index only
  when search opens;
- ``pinned``: what both patches share: the release and checksum pin, the replacements,
  the patched file under its own name;
- ``index``: the rewrite of ``search_index.json`` (UTF-8, no sections that only
  list other pages, the hidden fields);
- ``segments``: Material's jieba cutting, each run of Han characters cut once per build
  (and kept for the next build under ``mkdocs serve``);
- ``site``: the few calls the MkDocs hooks make.
"""
