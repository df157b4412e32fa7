/* segment.h - the segment stage: the document's language, its paragraphs and sentences. */
#ifndef EXTRACT_SEGMENT_H
#define EXTRACT_SEGMENT_H

#include "document.h"

/* Scores the folded text against each language's stopword lexicon (plus letters only one language uses);
 * returns the best language, English when there is no evidence at all. */
int xs_detect_lang(const extract_patterns *p, const char *text, size_t len, const xn_fold *f);

/* Splits d->text into paragraphs and sentences (d->sents). Returns 0, or -1 when out of memory. */
int xs_segment(extract_doc *d);

/* Where sentence s asks a question: the offset of the '?' it ends with (spaces, closing quotation marks and
 * parentheses after it aside), or SIZE_MAX when it does not end with one. */
size_t xs_sentence_asks(const char *t, const xd_sentence *s);

/* Longest sentence the matcher sees; longer runs are cut at a space so regex cost stays bounded. */
#define XS_MAX_SENTENCE 4000

#endif
