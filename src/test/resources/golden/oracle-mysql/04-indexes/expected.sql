-- schema crm [converted]
CREATE DATABASE IF NOT EXISTS crm CHARACTER SET utf8mb4;

-- table crm.contacts [converted]
CREATE TABLE crm.contacts (
  contact_id BIGINT NOT NULL,
  last_name VARCHAR(50),
  first_name VARCHAR(50),
  email VARCHAR(200),
  region CHAR(2),
  created DATETIME,
  PRIMARY KEY (contact_id)
) DEFAULT CHARSET = utf8mb4;

-- index crm.contacts_name_ix [converted]
CREATE INDEX contacts_name_ix ON crm.contacts (last_name, first_name);

-- index crm.contacts_email_uix [converted]
CREATE UNIQUE INDEX contacts_email_uix ON crm.contacts ((LOWER(email)));

-- index crm.contacts_created_ix [converted]
CREATE INDEX contacts_created_ix ON crm.contacts (created DESC);

-- index crm.contacts_region_bix [converted]
CREATE INDEX contacts_region_bix ON crm.contacts (region);

-- index crm.contacts_rev_ix [converted]
CREATE INDEX contacts_rev_ix ON crm.contacts (contact_id, region);

-- index crm.contacts_year_ix [converted]
CREATE INDEX contacts_year_ix ON crm.contacts ((CAST(MAKEDATE(YEAR(created), 1) AS DATETIME)), (COALESCE(region, 'XX')));

-- index CRM.CONTACTS_TEXT_IX [failed]

