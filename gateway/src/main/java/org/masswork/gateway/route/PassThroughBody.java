package org.masswork.gateway.route;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/** A body stream that watches what another one streams: flow control goes straight to the source. */
abstract class PassThroughBody implements ReadStream<Buffer> {

    protected final ReadStream<Buffer> source;

    PassThroughBody(ReadStream<Buffer> source) {
        this.source = source;
    }

    @Override
    public ReadStream<Buffer> pause() {
        source.pause();
        return this;
    }

    @Override
    public ReadStream<Buffer> resume() {
        source.resume();
        return this;
    }

    @Override
    public ReadStream<Buffer> fetch(long amount) {
        source.fetch(amount);
        return this;
    }
}
