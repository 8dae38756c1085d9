package org.dangjian.core.parallel;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Runs a number of independent tasks on the calling thread and on an {@link Executor}'s threads at once,
 * as the engines split an evaluation by rule and a scoring by subject: each thread that takes part asks
 * for its own worker (so that it can keep scratch space of its own) and takes the next task not yet
 * taken until none is left. The caller always takes part and waits only for tasks other threads have
 * begun, so any executor works: a direct one ({@code Runnable::run}) runs everything on the caller, a
 * saturated or single-threaded one — even the one the caller runs on — cannot deadlock it. Tasks must
 * write their results where the caller reads them by task number, so that the result does not depend on
 * which thread ran what.
 */
public final class Fanout {
  private Fanout() {}

  /** @return the executor the engines use unless given one: the common fork-join pool, beside the caller */
  public static Executor defaultExecutor() {
    return ForkJoinPool.commonPool();
  }

  /** @return how many threads take part with the default executor: the common pool's and the caller */
  public static int defaultParallelism() {
    return ForkJoinPool.getCommonPoolParallelism() + 1;
  }

  /**
   * Runs tasks {@code 0} to {@code tasks - 1}, each once, and returns when all are done.
   *
   * @param tasks how many tasks
   * @param helpers how many of the executor's threads to ask to help (at most {@code tasks - 1} are asked)
   * @param executor the executor lending threads
   * @param workers makes one worker per thread taking part; a worker runs the task whose number it is given
   * @throws RuntimeException the first a task threw (others stop taking tasks), once every begun task is done
   */
  public static void run(int tasks, int helpers, Executor executor, Supplier<? extends IntConsumer> workers) {
    Objects.requireNonNull(executor, "executor");
    Objects.requireNonNull(workers, "workers");
    if (tasks <= 0) {
      return;
    }
    Shared shared = new Shared(tasks, workers);
    int asked = Math.min(Math.max(helpers, 0), tasks - 1);
    for (int i = 0; i < asked; i++) {
      try {
        executor.execute(shared::work);
      } catch (RejectedExecutionException e) {
        break; // the caller does the rest
      }
    }
    shared.work();
    shared.awaitAll();
  }

  /** What the threads taking part share: the next task, how many were taken and are done, and the first failure. */
  private static final class Shared {
    final int tasks;
    final Supplier<? extends IntConsumer> workers;
    int next;
    int taken;
    int done;
    @Nullable Throwable failure;

    Shared(int tasks, Supplier<? extends IntConsumer> workers) {
      this.tasks = tasks;
      this.workers = workers;
    }

    /** @return the next task, or -1 when none is left or one failed */
    synchronized int take() {
      if (failure != null || next >= tasks) {
        return -1;
      }
      taken++;
      return next++;
    }

    synchronized void finished(@Nullable Throwable e) {
      if (e != null && failure == null) {
        failure = e;
      }
      done++;
      notifyAll();
    }

    void work() {
      IntConsumer worker = null;
      for (int task = take(); task >= 0; task = take()) {
        Throwable thrown = null;
        try {
          if (worker == null) {
            worker = workers.get();
          }
          worker.accept(task);
        } catch (Throwable e) {
          thrown = e;
        }
        finished(thrown);
      }
    }

    /** Waits for the tasks other threads took (the caller has taken all it could), then rethrows a failure. */
    synchronized void awaitAll() {
      boolean interrupted = false;
      while (done < taken) {
        try {
          wait();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
      if (failure instanceof RuntimeException e) {
        throw e;
      }
      if (failure instanceof Error e) {
        throw e;
      }
      if (failure != null) {
        throw new IllegalStateException(failure);
      }
    }
  }
}
