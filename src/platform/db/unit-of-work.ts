import { AsyncLocalStorage } from 'node:async_hooks';
import type { Db } from './db-types.ts';

const openTransaction = new AsyncLocalStorage<Db>();

/** Whether the code running now is inside a transaction of the unit of work. */
export function insideTransaction(): boolean {
  return openTransaction.getStore() !== undefined;
}

/**
 * The database as every module sees it: inside a transaction, each query runs in that transaction,
 * whichever module's function issues it. A change that spans modules (finance checking a business
 * area, the pipeline reading an alliance) therefore shares one transaction without any service being
 * rebuilt around it, and a module cannot by mistake read outside the transaction it is part of.
 * A transaction begun inside another becomes a savepoint of it, as Drizzle does for `tx.transaction`.
 */
export function withUnitOfWork(root: Db): Db {
  const transaction: Db['transaction'] = (work, config) => {
    const current = openTransaction.getStore() ?? root;
    return current.transaction((tx) => openTransaction.run(tx, () => work(tx)), config);
  };
  return new Proxy(root, {
    get(target, property) {
      if (property === 'transaction') return transaction;
      const current = openTransaction.getStore() ?? target;
      const value: unknown = Reflect.get(current, property, current);
      return typeof value === 'function' ? value.bind(current) : value;
    },
  });
}
