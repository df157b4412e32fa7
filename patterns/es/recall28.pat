# Twenty-eighth session (recall: figures the start binary never took). Tests in tests/test_recall28.c.

# Gapping with a new subject: "Ucrania recibió a 230 personas y Rusia a 248" (counts.c, S_gapped_actor).
@lexicon gap_article_words gap_article_words.txt
@lexicon gap_object_words gap_object_words.txt
