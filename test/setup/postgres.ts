// The e2e suite against the PostgreSQL server (a fresh database per test file).
process.env.WHISTLE_TEST_DATABASE = 'postgres';
