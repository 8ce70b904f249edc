-- Alumni SDK, schema of the core ports (alumni-jdbc). Flyway-named; runs unchanged on
-- PostgreSQL 12+ and H2 2.x. The adapter never creates or alters tables at run time.
--
-- Every table: the tenant is the first column of every primary and unique key and every query;
-- id_key holds the UTF-8 bytes of the id, so ORDER BY id_key is Unicode code-point order on every
-- database whatever its collation; version is the optimistic version; doc is the aggregate as
-- JSON text (TEXT, not JSONB, so the stored bytes are exactly what was written) stamped with its
-- format, which is also a column so a later release can find and migrate old documents.
-- Instants are epoch seconds (BIGINT) plus nanoseconds (INTEGER): exact, and free of time zones.

CREATE TABLE alumni_alumnus (
  tenant      VARCHAR(200) NOT NULL,
  id          VARCHAR(400) NOT NULL,
  id_key      BYTEA        NOT NULL,
  version     BIGINT       NOT NULL,
  format      INTEGER      NOT NULL,
  doc         TEXT         NOT NULL,
  external_id VARCHAR(400) NOT NULL,
  CONSTRAINT alumni_alumnus_pk PRIMARY KEY (tenant, id),
  CONSTRAINT alumni_alumnus_order UNIQUE (tenant, id_key),
  CONSTRAINT alumni_alumnus_external UNIQUE (tenant, external_id)
);

CREATE TABLE alumni_activity (
  tenant     VARCHAR(200) NOT NULL,
  id         VARCHAR(400) NOT NULL,
  alumnus_id VARCHAR(400) NOT NULL,
  at_s       BIGINT       NOT NULL,
  at_n       INTEGER      NOT NULL,
  format     INTEGER      NOT NULL,
  doc        TEXT         NOT NULL,
  CONSTRAINT alumni_activity_pk PRIMARY KEY (tenant, id)
);
CREATE INDEX alumni_activity_by_alumnus ON alumni_activity (tenant, alumnus_id);
CREATE INDEX alumni_activity_by_time ON alumni_activity (tenant, at_s);

CREATE TABLE alumni_job_opening (
  tenant     VARCHAR(200) NOT NULL,
  id         VARCHAR(400) NOT NULL,
  id_key     BYTEA        NOT NULL,
  version    BIGINT       NOT NULL,
  format     INTEGER      NOT NULL,
  doc        TEXT         NOT NULL,
  opens_day  BIGINT       NOT NULL,
  closes_day BIGINT       NOT NULL,
  CONSTRAINT alumni_job_opening_pk PRIMARY KEY (tenant, id),
  CONSTRAINT alumni_job_opening_order UNIQUE (tenant, id_key)
);
CREATE INDEX alumni_job_opening_by_days ON alumni_job_opening (tenant, opens_day, closes_day);

CREATE TABLE alumni_referral (
  tenant      VARCHAR(200) NOT NULL,
  id          VARCHAR(400) NOT NULL,
  id_key      BYTEA        NOT NULL,
  version     BIGINT       NOT NULL,
  format      INTEGER      NOT NULL,
  doc         TEXT         NOT NULL,
  opening_id  VARCHAR(400) NOT NULL,
  referrer_id VARCHAR(400) NOT NULL,
  CONSTRAINT alumni_referral_pk PRIMARY KEY (tenant, id),
  CONSTRAINT alumni_referral_order UNIQUE (tenant, id_key)
);
CREATE INDEX alumni_referral_by_opening ON alumni_referral (tenant, opening_id);
CREATE INDEX alumni_referral_by_referrer ON alumni_referral (tenant, referrer_id);

CREATE TABLE alumni_rehire_application (
  tenant     VARCHAR(200) NOT NULL,
  id         VARCHAR(400) NOT NULL,
  id_key     BYTEA        NOT NULL,
  version    BIGINT       NOT NULL,
  format     INTEGER      NOT NULL,
  doc        TEXT         NOT NULL,
  alumnus_id VARCHAR(400) NOT NULL,
  CONSTRAINT alumni_rehire_application_pk PRIMARY KEY (tenant, id),
  CONSTRAINT alumni_rehire_application_order UNIQUE (tenant, id_key)
);
CREATE INDEX alumni_rehire_application_by_alumnus ON alumni_rehire_application (tenant, alumnus_id);

CREATE TABLE alumni_event (
  tenant   VARCHAR(200) NOT NULL,
  id       VARCHAR(400) NOT NULL,
  id_key   BYTEA        NOT NULL,
  version  BIGINT       NOT NULL,
  format   INTEGER      NOT NULL,
  doc      TEXT         NOT NULL,
  starts_s BIGINT       NOT NULL,
  CONSTRAINT alumni_event_pk PRIMARY KEY (tenant, id),
  CONSTRAINT alumni_event_order UNIQUE (tenant, id_key)
);
CREATE INDEX alumni_event_by_start ON alumni_event (tenant, starts_s);

CREATE TABLE alumni_content (
  tenant      VARCHAR(200) NOT NULL,
  id          VARCHAR(400) NOT NULL,
  id_key      BYTEA        NOT NULL,
  version     BIGINT       NOT NULL,
  format      INTEGER      NOT NULL,
  doc         TEXT         NOT NULL,
  published_s BIGINT       NOT NULL,
  CONSTRAINT alumni_content_pk PRIMARY KEY (tenant, id),
  CONSTRAINT alumni_content_order UNIQUE (tenant, id_key)
);
CREATE INDEX alumni_content_by_published ON alumni_content (tenant, published_s);

CREATE TABLE alumni_mentorship_program (
  tenant  VARCHAR(200) NOT NULL,
  id      VARCHAR(400) NOT NULL,
  id_key  BYTEA        NOT NULL,
  version BIGINT       NOT NULL,
  format  INTEGER      NOT NULL,
  doc     TEXT         NOT NULL,
  CONSTRAINT alumni_mentorship_program_pk PRIMARY KEY (tenant, id),
  CONSTRAINT alumni_mentorship_program_order UNIQUE (tenant, id_key)
);

CREATE TABLE alumni_mentorship (
  tenant     VARCHAR(200) NOT NULL,
  id         VARCHAR(400) NOT NULL,
  id_key     BYTEA        NOT NULL,
  version    BIGINT       NOT NULL,
  format     INTEGER      NOT NULL,
  doc        TEXT         NOT NULL,
  program_id VARCHAR(400) NOT NULL,
  mentor_id  VARCHAR(400) NOT NULL,
  mentee_id  VARCHAR(400) NOT NULL,
  CONSTRAINT alumni_mentorship_pk PRIMARY KEY (tenant, id),
  CONSTRAINT alumni_mentorship_order UNIQUE (tenant, id_key)
);
CREATE INDEX alumni_mentorship_by_program ON alumni_mentorship (tenant, program_id);
CREATE INDEX alumni_mentorship_by_mentor ON alumni_mentorship (tenant, mentor_id);
CREATE INDEX alumni_mentorship_by_mentee ON alumni_mentorship (tenant, mentee_id);

CREATE TABLE alumni_group (
  tenant  VARCHAR(200) NOT NULL,
  id      VARCHAR(400) NOT NULL,
  id_key  BYTEA        NOT NULL,
  version BIGINT       NOT NULL,
  format  INTEGER      NOT NULL,
  doc     TEXT         NOT NULL,
  CONSTRAINT alumni_group_pk PRIMARY KEY (tenant, id),
  CONSTRAINT alumni_group_order UNIQUE (tenant, id_key)
);

-- members of a group, written in the same transaction as the group
CREATE TABLE alumni_group_member (
  tenant   VARCHAR(200) NOT NULL,
  owner_id VARCHAR(400) NOT NULL,
  item     VARCHAR(400) NOT NULL,
  CONSTRAINT alumni_group_member_pk PRIMARY KEY (tenant, owner_id, item)
);
CREATE INDEX alumni_group_member_by_member ON alumni_group_member (tenant, item);

-- ids of erased activities (no other data): appends stay idempotent after a data-subject erasure
CREATE TABLE alumni_activity_erased (
  tenant VARCHAR(200) NOT NULL,
  id     VARCHAR(400) NOT NULL,
  CONSTRAINT alumni_activity_erased_pk PRIMARY KEY (tenant, id)
);
