// The e2e suite against the embedded database: PGlite served by pglite-socket.
process.env.WHISTLE_TEST_DATABASE = 'embedded';
