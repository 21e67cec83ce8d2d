import { createContext } from 'react-router';
import type { Logger } from '../server/logger.ts';
import type { Services } from '../server/services.ts';

export interface AppContext extends Services {
  requestId: string;
  logger: Logger;
  /** The client's address as Express sees it (honouring `trust proxy` when configured). */
  clientIp: string | null;
}

export const appContext = createContext<AppContext>();
