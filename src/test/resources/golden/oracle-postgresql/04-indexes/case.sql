CREATE TABLE crm.contacts (
  contact_id NUMBER(10) NOT NULL,
  last_name VARCHAR2(50),
  first_name VARCHAR2(50),
  email VARCHAR2(200),
  region CHAR(2),
  created DATE
);
CREATE UNIQUE INDEX crm.contacts_pk ON crm.contacts (contact_id) TABLESPACE users;
ALTER TABLE crm.contacts ADD CONSTRAINT contacts_pk PRIMARY KEY (contact_id) USING INDEX crm.contacts_pk;
CREATE INDEX crm.contacts_name_ix ON crm.contacts (last_name, first_name) COMPUTE STATISTICS NOLOGGING;
CREATE UNIQUE INDEX crm.contacts_email_uix ON crm.contacts (LOWER(email));
CREATE INDEX crm.contacts_created_ix ON crm.contacts (created DESC);
CREATE BITMAP INDEX crm.contacts_region_bix ON crm.contacts (region);
CREATE INDEX crm.contacts_rev_ix ON crm.contacts (contact_id, region) REVERSE;
CREATE INDEX crm.contacts_year_ix ON crm.contacts (TRUNC(created, 'YYYY'), NVL(region, 'XX'));
CREATE INDEX crm.contacts_text_ix ON crm.contacts (last_name) INDEXTYPE IS CTXSYS.CONTEXT;
