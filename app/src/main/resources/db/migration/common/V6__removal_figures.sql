-- A decided removal keeps the number of member states it was decided against, so that its record shows the
-- figures of the day it was decided rather than today's.
ALTER TABLE removals ADD COLUMN member_states INTEGER;
