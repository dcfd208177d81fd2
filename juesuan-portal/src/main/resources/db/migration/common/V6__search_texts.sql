-- 全文检索: the searchable text of each published version, written by the site from the version's document: the
-- title line (unit, region, year) and the body (headings, narrative, table titles and line labels, forms). Plain
-- SQL for every database; searching matches substrings (Chinese has no spaces between words) with LIKE.
CREATE TABLE search_texts (
    version_id BIGINT PRIMARY KEY REFERENCES versions (id),
    document_id BIGINT NOT NULL REFERENCES documents (id),
    title TEXT NOT NULL,
    body TEXT NOT NULL
);

CREATE INDEX search_texts_document ON search_texts (document_id);
