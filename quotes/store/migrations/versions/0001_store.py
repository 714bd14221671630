"""quote store: articles, quotes, speakers, aliases, mentions, statements

Revision ID: 0001
Revises:
Create Date: 2026-12-01

Full-text search over the quote texts: a GIN index on ``to_tsvector('english', text)`` on
PostgreSQL; an FTS5 table kept in step by triggers on SQLite (both stem English words).
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('articles',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('external_id', sa.String(length=2048), nullable=True),
    sa.Column('external_key', sa.String(length=64), nullable=True),
    sa.Column('url', sa.String(length=2048), nullable=True),
    sa.Column('url_key', sa.String(length=64), nullable=True),
    sa.Column('text_hash', sa.String(length=64), nullable=False),
    sa.Column('outlet', sa.String(length=2048), nullable=True),
    sa.Column('published', sa.String(length=64), nullable=True),
    sa.Column('published_day', sa.String(length=10), nullable=True),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('dateline', sa.Text(), nullable=True),
    sa.Column('byline', sa.Text(), nullable=True),
    sa.Column('provenance', sa.JSON(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('meta', sa.JSON(), nullable=True),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('external_key'),
    sa.UniqueConstraint('text_hash'),
    sa.UniqueConstraint('url_key')
    )
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_articles_published_day'), ['published_day'], unique=False)

    lock = op.create_table('ingest_lock',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.bulk_insert(lock, [{'id': 1}])
    op.create_table('speakers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('type', sa.String(length=16), nullable=False),
    sa.Column('name', sa.String(length=2048), nullable=False),
    sa.Column('key', sa.String(length=2048), nullable=False),
    sa.Column('surname', sa.String(length=255), nullable=True),
    sa.Column('registry_id', sa.String(length=2048), nullable=True),
    sa.Column('wikidata', sa.String(length=64), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('registry_id'),
    sa.UniqueConstraint('type', 'key', name='uq_speakers_type_key')
    )
    with op.batch_alter_table('speakers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_speakers_surname'), ['surname'], unique=False)

    op.create_table('aliases',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('speaker_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=2048), nullable=False),
    sa.Column('key', sa.String(length=2048), nullable=False),
    sa.ForeignKeyConstraint(['speaker_id'], ['speakers.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('speaker_id', 'key', name='uq_aliases_speaker_key')
    )
    with op.batch_alter_table('aliases', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_aliases_key'), ['key'], unique=False)
        batch_op.create_index(batch_op.f('ix_aliases_speaker_id'), ['speaker_id'], unique=False)

    op.create_table('mentions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('local_id', sa.String(length=32), nullable=False),
    sa.Column('speaker_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(length=2048), nullable=True),
    sa.Column('type', sa.String(length=16), nullable=False),
    sa.Column('title', sa.String(length=2048), nullable=True),
    sa.Column('affiliation', sa.String(length=2048), nullable=True),
    sa.Column('description', sa.String(length=2048), nullable=True),
    sa.Column('registry_id', sa.String(length=2048), nullable=True),
    sa.Column('wikidata', sa.String(length=64), nullable=True),
    sa.Column('spans', sa.JSON(), nullable=False),
    sa.Column('quote_ids', sa.JSON(), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['speaker_id'], ['speakers.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('article_id', 'local_id', name='uq_mentions_article_local')
    )
    with op.batch_alter_table('mentions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mentions_speaker_id'), ['speaker_id'], unique=False)

    op.create_table('statements',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('speaker_id', sa.Integer(), nullable=True),
    sa.Column('first_day', sa.String(length=10), nullable=False),
    sa.Column('quote_count', sa.Integer(), nullable=False),
    sa.Column('first_quote_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['speaker_id'], ['speakers.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('statements', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_statements_speaker_id'), ['speaker_id'], unique=False)
        batch_op.create_index('ix_statements_order', ['first_day', 'id'], unique=False)

    op.create_table('quotes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('local_id', sa.String(length=32), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('mention_id', sa.Integer(), nullable=True),
    sa.Column('speaker_id', sa.Integer(), nullable=True),
    sa.Column('speaker_type', sa.String(length=16), nullable=False),
    sa.Column('speaker_name', sa.String(length=2048), nullable=True),
    sa.Column('statement_id', sa.Integer(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('pieces', sa.JSON(), nullable=False),
    sa.Column('type', sa.String(length=16), nullable=False),
    sa.Column('cue', sa.JSON(), nullable=True),
    sa.Column('speaker_mention', sa.JSON(), nullable=True),
    sa.Column('outlet', sa.String(length=2048), nullable=True),
    sa.Column('outlet_key', sa.String(length=255), nullable=True),
    sa.Column('date', sa.String(length=64), nullable=True),
    sa.Column('statement_date', sa.JSON(), nullable=True),
    sa.Column('channel', sa.JSON(), nullable=True),
    sa.Column('confidence', sa.Float(), nullable=False),
    sa.Column('evidence', sa.String(length=32), nullable=False),
    sa.Column('day', sa.String(length=10), nullable=True),
    sa.Column('sort_day', sa.String(length=10), nullable=False),
    sa.Column('context', sa.Text(), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['mention_id'], ['mentions.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['speaker_id'], ['speakers.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['statement_id'], ['statements.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('article_id', 'local_id', name='uq_quotes_article_local')
    )
    with op.batch_alter_table('quotes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_quotes_article_id'), ['article_id'], unique=False)
        batch_op.create_index('ix_quotes_order', ['sort_day', 'id'], unique=False)
        batch_op.create_index('ix_quotes_speaker_day', ['speaker_id', 'day'], unique=False)
        batch_op.create_index(batch_op.f('ix_quotes_statement_id'), ['statement_id'], unique=False)
        batch_op.create_index('ix_quotes_type_day', ['speaker_type', 'day'], unique=False)
        batch_op.create_index('ix_quotes_outlet_order', ['outlet_key', 'sort_day', 'id'], unique=False)
    _create_full_text()

    op.create_table('quote_bands',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('quote_id', sa.Integer(), nullable=False),
    sa.Column('band', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['quote_id'], ['quotes.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('quote_bands', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_quote_bands_band'), ['band'], unique=False)
        batch_op.create_index(batch_op.f('ix_quote_bands_quote_id'), ['quote_id'], unique=False)

    op.create_table('statement_links',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('quote_a', sa.Integer(), nullable=False),
    sa.Column('quote_b', sa.Integer(), nullable=False),
    sa.Column('evidence', sa.String(length=16), nullable=False),
    sa.Column('score', sa.Float(), nullable=False),
    sa.ForeignKeyConstraint(['quote_a'], ['quotes.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['quote_b'], ['quotes.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('quote_a', 'quote_b', name='uq_links_pair')
    )
    with op.batch_alter_table('statement_links', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_statement_links_quote_a'), ['quote_a'], unique=False)
        batch_op.create_index(batch_op.f('ix_statement_links_quote_b'), ['quote_b'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('statement_links', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_statement_links_quote_b'))
        batch_op.drop_index(batch_op.f('ix_statement_links_quote_a'))

    op.drop_table('statement_links')
    _drop_full_text()
    with op.batch_alter_table('quote_bands', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_quote_bands_quote_id'))
        batch_op.drop_index(batch_op.f('ix_quote_bands_band'))

    op.drop_table('quote_bands')
    with op.batch_alter_table('quotes', schema=None) as batch_op:
        batch_op.drop_index('ix_quotes_outlet_order')
        batch_op.drop_index('ix_quotes_type_day')
        batch_op.drop_index(batch_op.f('ix_quotes_statement_id'))
        batch_op.drop_index('ix_quotes_speaker_day')
        batch_op.drop_index('ix_quotes_order')
        batch_op.drop_index(batch_op.f('ix_quotes_article_id'))

    op.drop_table('quotes')
    with op.batch_alter_table('statements', schema=None) as batch_op:
        batch_op.drop_index('ix_statements_order')
        batch_op.drop_index(batch_op.f('ix_statements_speaker_id'))

    op.drop_table('statements')
    with op.batch_alter_table('mentions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mentions_speaker_id'))

    op.drop_table('mentions')
    with op.batch_alter_table('aliases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_aliases_speaker_id'))
        batch_op.drop_index(batch_op.f('ix_aliases_key'))

    op.drop_table('aliases')
    with op.batch_alter_table('speakers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_speakers_surname'))

    op.drop_table('speakers')
    op.drop_table('ingest_lock')
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_articles_published_day'))

    op.drop_table('articles')


SQLITE_FTS = [
    "CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='quotes', content_rowid='id', "
    "tokenize='porter unicode61 remove_diacritics 2')",
    "CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN "
    "INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text); END",
    "CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN "
    "INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text); END",
    "CREATE TRIGGER quotes_fts_update AFTER UPDATE OF text ON quotes BEGIN "
    "INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text); "
    "INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text); END",
]


def _dialect() -> str:
    return op.get_bind().dialect.name


def _create_full_text() -> None:
    if _dialect() == "sqlite":
        for sql in SQLITE_FTS:
            op.execute(sql)
    elif _dialect() == "postgresql":
        op.execute("CREATE INDEX ix_quotes_fts ON quotes USING gin (to_tsvector('english', text))")


def _drop_full_text() -> None:
    if _dialect() == "sqlite":
        for name in ("quotes_fts_insert", "quotes_fts_delete", "quotes_fts_update"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS quotes_fts")
    elif _dialect() == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_quotes_fts")
