INSERT INTO greeting (id, text) VALUES (1, 'Hello');
INSERT INTO greeting (id, text) VALUES (2, 'Bonjour');
INSERT INTO greeting (id, text) VALUES (3, 'Hallo');
