package org.masswork.infra;

/** A stand-in for a service in {@link ClassArchiveTest}: says it is up, then runs until it is stopped. */
public final class TrainingMain {

    private TrainingMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        System.out.println("up");
        System.out.flush();
        Thread.sleep(60_000);
    }
}
