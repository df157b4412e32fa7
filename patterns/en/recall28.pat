# Twenty-eighth session (recall: figures the start binary never took). Tests in tests/test_recall28.c.

# Gapping with a new subject: "e a Rússia 248", "and Russia 248" (counts.c, S_gapped_actor).
@lexicon gap_article_words gap_article_words.txt
