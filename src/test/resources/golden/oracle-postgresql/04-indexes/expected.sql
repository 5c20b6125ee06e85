-- schema crm [converted]
CREATE SCHEMA IF NOT EXISTS crm;

-- table crm.contacts [converted]
CREATE TABLE crm.contacts (
  contact_id bigint NOT NULL,
  last_name varchar(50),
  first_name varchar(50),
  email varchar(200),
  region char(2),
  created timestamp(0),
  CONSTRAINT contacts_pk PRIMARY KEY (contact_id)
);

-- index crm.contacts_name_ix [converted]
CREATE INDEX contacts_name_ix ON crm.contacts (last_name, first_name);

-- index crm.contacts_email_uix [converted]
CREATE UNIQUE INDEX contacts_email_uix ON crm.contacts ((lower(email)));

-- index crm.contacts_created_ix [converted]
CREATE INDEX contacts_created_ix ON crm.contacts (created DESC);

-- index crm.contacts_region_bix [converted]
CREATE INDEX contacts_region_bix ON crm.contacts (region);

-- index crm.contacts_rev_ix [converted]
CREATE INDEX contacts_rev_ix ON crm.contacts (contact_id, region);

-- index crm.contacts_year_ix [converted]
CREATE INDEX contacts_year_ix ON crm.contacts ((CAST(date_trunc('year', created) AS timestamp(0))), (coalesce(region, 'XX')));

-- index CRM.CONTACTS_TEXT_IX [failed]

