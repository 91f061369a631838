-- A delegation's entries awaiting its confirmation are read for its to-do list and its notices, after every act:
-- found without reading the state's other flows.
CREATE INDEX flows_awaiting_confirmation ON flows (contributor, status);
