-- Trigram indexes for substring and similarity search on folded names. pg_trgm ships with
-- PostgreSQL (contrib) and with PGlite (loaded by openDatabase); it is a trusted extension, so a
-- database owner without superuser rights can create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
