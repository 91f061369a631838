-- The language an account's holder reads in (a BCP 47 tag of one of the six), kept when it sets its e-mail address,
-- so that its notices by e-mail are written in it. Null: English.
ALTER TABLE accounts ADD COLUMN language TEXT;
