"""Data files shipped with reader: the sample page, fonts, translations, entity knowledge."""
