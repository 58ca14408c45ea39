package org.masswork.platform.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class SupervisedLoopTest {

    @Test
    void shouldLetABodyWokenUpEndWithoutInterruptingIt() throws InterruptedException {
        LinkedBlockingQueue<Boolean> wakeUps = new LinkedBlockingQueue<>();
        CountDownLatch waiting = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        SupervisedLoop loop = new SupervisedLoop("woken", running -> {
            try {
                while (running.getAsBoolean()) {
                    waiting.countDown();
                    wakeUps.poll(1, TimeUnit.HOURS);
                }
            } catch (InterruptedException e) {
                interrupted.set(true);
            }
            interrupted.compareAndSet(false, Thread.currentThread().isInterrupted());
        });
        loop.start();
        assertThat(waiting.await(1, TimeUnit.MINUTES)).isTrue();

        loop.stop(Duration.ofMinutes(1), () -> wakeUps.offer(Boolean.TRUE));

        assertThat(loop.isUp()).isFalse();
        assertThat(interrupted).isFalse();
    }

    @Test
    void shouldInterruptABodyThatDoesNotEndWhenWokenUp() throws InterruptedException {
        CountDownLatch waiting = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        SupervisedLoop loop = new SupervisedLoop("deaf", running -> {
            waiting.countDown();
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                interrupted.set(true);
            }
        });
        loop.start();
        assertThat(waiting.await(1, TimeUnit.MINUTES)).isTrue();

        loop.stop(Duration.ofMillis(100), () -> { });

        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (loop.isUp() && Instant.now().isBefore(deadline)) {
            Thread.sleep(10);
        }
        assertThat(loop.isUp()).isFalse();
        assertThat(interrupted).isTrue();
    }
}
