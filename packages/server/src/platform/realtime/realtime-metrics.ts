import { Counter, Gauge, type Registry } from 'prom-client';

/** What the realtime metrics read at scrape time. */
export interface RealtimeMetricsSource {
  openSockets(): number;
  /** Frames sent to clients since start (monotonic). */
  framesSent(): number;
}

/**
 * Registers `hearth_realtime_sockets` (open sockets) and `hearth_realtime_frames_sent_total`
 * (frames delivered to clients). Both are read when scraped, so sending a frame costs an
 * increment of a plain number, not a prom-client call per socket.
 */
export function registerRealtimeMetrics(registry: Registry, source: RealtimeMetricsSource): void {
  new Gauge({
    name: 'hearth_realtime_sockets',
    help: 'Open realtime WebSocket connections on this node',
    registers: [registry],
    collect() {
      this.set(source.openSockets());
    },
  });
  let reported = 0;
  new Counter({
    name: 'hearth_realtime_frames_sent_total',
    help: 'Frames sent to realtime clients by this node',
    registers: [registry],
    collect() {
      const total = source.framesSent();
      this.inc(total - reported);
      reported = total;
    },
  });
}
