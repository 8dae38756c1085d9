package org.dangjian.core.parallel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class FanoutTest {

  @Test
  void aDirectExecutorRunsEveryTaskOnceOnTheCaller() {
    AtomicIntegerArray runs = new AtomicIntegerArray(100);
    Set<Thread> threads = ConcurrentHashMap.newKeySet();
    Fanout.run(100, 7, Runnable::run, () -> task -> {
      threads.add(Thread.currentThread());
      runs.incrementAndGet(task);
    });
    for (int i = 0; i < 100; i++) {
      assertThat(runs.get(i)).as("task %s", i).isEqualTo(1);
    }
    assertThat(threads).containsExactly(Thread.currentThread());
  }

  @Test
  void aPoolsThreadsTakePartEachWithAWorkerOfItsOwn() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      AtomicIntegerArray runs = new AtomicIntegerArray(1_000);
      Set<Object> workers = ConcurrentHashMap.newKeySet();
      Fanout.run(1_000, 4, pool, () -> {
        Object scratch = new Object();
        workers.add(scratch);
        return task -> {
          runs.incrementAndGet(task);
          Thread.onSpinWait();
        };
      });
      for (int i = 0; i < 1_000; i++) {
        assertThat(runs.get(i)).as("task %s", i).isEqualTo(1);
      }
      assertThat(workers).hasSizeBetween(1, 5);
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void theCallerRunningOnTheOnlyThreadOfItsOwnExecutorIsNotDeadlocked() throws Exception {
    ExecutorService single = Executors.newSingleThreadExecutor();
    try {
      AtomicIntegerArray runs = new AtomicIntegerArray(50);
      Future<?> outer = single.submit(() -> Fanout.run(50, 3, single, () -> runs::incrementAndGet));
      outer.get(30, TimeUnit.SECONDS);
      for (int i = 0; i < 50; i++) {
        assertThat(runs.get(i)).isEqualTo(1);
      }
    } finally {
      single.shutdown();
    }
  }

  @Test
  void aShutDownExecutorLeavesTheWorkToTheCaller() {
    ExecutorService closed = Executors.newFixedThreadPool(2);
    closed.shutdown();
    AtomicIntegerArray runs = new AtomicIntegerArray(10);
    Fanout.run(10, 2, closed, () -> runs::incrementAndGet);
    for (int i = 0; i < 10; i++) {
      assertThat(runs.get(i)).isEqualTo(1);
    }
  }

  @Test
  void theFirstFailureIsRethrownAndNoFurtherTaskIsTaken() {
    AtomicIntegerArray runs = new AtomicIntegerArray(20);
    assertThatThrownBy(() -> Fanout.run(20, 0, Runnable::run, () -> task -> {
      runs.incrementAndGet(task);
      if (task == 3) {
        throw new IllegalArgumentException("task 3 refused");
      }
    })).isInstanceOf(IllegalArgumentException.class).hasMessage("task 3 refused");
    assertThat(runs.get(3)).isEqualTo(1);
    assertThat(runs.get(4)).as("no task after the failure").isZero();
  }

  @Test
  void noTasksIsNothingToDo() {
    Fanout.run(0, 4, task -> {
      throw new AssertionError("nothing should be submitted");
    }, () -> task -> {
      throw new AssertionError("nothing should run");
    });
    assertThat(Fanout.defaultParallelism()).isGreaterThanOrEqualTo(1);
  }
}
