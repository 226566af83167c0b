import { Global, Module } from '@nestjs/common';
import { InProcessLiveEvents } from './in-process-live-events.js';
import { LIVE_EVENTS } from './live-events.js';

@Global()
@Module({
  providers: [{ provide: LIVE_EVENTS, useClass: InProcessLiveEvents }],
  exports: [LIVE_EVENTS],
})
export class RealtimeModule {}
