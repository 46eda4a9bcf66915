-- CS-03: a questionnaire's name for Chinese readers beside the name that keys its versions.
ALTER TABLE survey_questionnaire ADD COLUMN name_zh VARCHAR(100);
UPDATE survey_questionnaire SET name_zh = '客户满意度' WHERE name = 'Customer satisfaction';
