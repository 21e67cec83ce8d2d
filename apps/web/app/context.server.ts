import { createContext } from 'react-router';
import type { Logger } from '../server/logger.ts';
import type { Services } from '../server/services.ts';

export interface AppContext extends Services {
  requestId: string;
  logger: Logger;
}

export const appContext = createContext<AppContext>();
