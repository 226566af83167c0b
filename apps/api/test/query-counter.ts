import { type DataSource } from 'typeorm';
import { backgroundWork } from '../src/core/outbox/background-work.js';

/**
 * Counts SQL statements sent through TypeORM (every repository, query builder and raw query
 * passes the connection's logger), to show that list pages cost a constant number of queries.
 */
export function countQueries(dataSource: DataSource) {
  const logger = dataSource.logger;
  const original = logger.logQuery.bind(logger);
  let count = 0;
  const statements: string[] = [];
  logger.logQuery = (...args: Parameters<typeof logger.logQuery>) => {
    // The outbox worker (and the event handlers and digests it runs) works on its own schedule; it is not part of any request.
    if (!/\boutbox\b/.test(args[0]) && !backgroundWork.getStore()) {
      count += 1;
      statements.push(args[0]);
    }
    return original(...args);
  };
  return {
    get count() {
      return count;
    },
    /** The SQL text of each statement counted. */
    get statements() {
      return statements;
    },
    reset() {
      count = 0;
      statements.length = 0;
    },
    restore() {
      logger.logQuery = original;
    },
  };
}
