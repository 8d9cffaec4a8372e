package kz.dauys.tally.mes;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinTask;

/**
 * The Add1 search on two threads, with the same result as the sequential {@link Add1Search}.
 *
 * <p>Add1 returns the outcome at the first <em>final</em> step k (exhaustive outcome: returned; outcome
 * costing more than B: the outcome at k - 1 is returned). First, plain runs at steps 1, 2, 4, 8, ...
 * (two at a time) find a final step F; the steps [0, F] are then cut into segments at these powers of
 * two, each starting with a known non-final run. A thread searches a segment exactly like the
 * sequential search (certified jumps, ordinary one-unit steps) and stops at the first final step in
 * it or at its end. A thread that runs out of segments takes the upper half of the rest of a
 * segment in progress (starting it with a plain run). The answer comes from the first segment, in
 * step order, that found a final step, once every segment before it has been searched in full; so
 * the threads' timing changes the work done, never the result.
 */
final class ParallelAdd1Search {

    private final Add1Search search;
    private final Add1Search.Runner[] runners;
    private final List<Segment> segments = new ArrayList<>();
    private int working;
    private MesRun answer;
    private RuntimeException failure;

    ParallelAdd1Search(Add1Search search, Add1Search.Runner main, Add1Search.Runner helper) {
        this.search = search;
        this.runners = new Add1Search.Runner[] {main, helper};
    }

    /** The Add1 outcome, given the (non-final) plain run at step 0. */
    MesRun finalRun(MesRun start) {
        if (!findFinalStep(start)) {
            return answer;
        }
        ForkJoinTask<?> helper = ForkJoinTask.adapt(() -> work(runners[1])).fork();
        work(runners[0]);
        helper.join();
        if (failure != null) {
            throw failure;
        }
        if (answer == null) {
            throw new IllegalStateException("Add1 search ended without an answer");
        }
        return answer;
    }

    /**
     * Plain runs at 1, 2, 4, ... two at a time until one is final; fills the segments. Returns false
     * when the answer is already known (the first final step is 1).
     */
    private boolean findFinalStep(MesRun start) {
        segments.add(new Segment(0, start));
        long step = 1;
        while (true) {
            long second = 2 * step;
            ForkJoinTask<MesRun> other = ForkJoinTask.adapt(() -> runners[1].run(second, null, false)).fork();
            MesRun first = runners[0].run(step, null, false);
            MesRun next = other.join();
            segments.add(new Segment(step, first));
            if (search.isFinal(first)) {
                break;
            }
            segments.add(new Segment(second, next));
            if (search.isFinal(next)) {
                break;
            }
            step = 2 * second;
        }
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            s.end = i + 1 < segments.size() ? segments.get(i + 1).start : s.start + 1;
        }
        // A segment of one step whose start is final needs no search.
        Segment last = segments.get(segments.size() - 1);
        last.done = true;
        if (!search.feasible(last.startRun)) {
            last.infeasibleAtStart = true;
        } else {
            last.answer = last.startRun;
        }
        if (segments.size() == 2) {
            // Steps 0 and 1 only: the answer is decided by step 1.
            answer = last.infeasibleAtStart ? segments.get(0).startRun : last.answer;
            return false;
        }
        return true;
    }

    private void work(Add1Search.Runner runner) {
        try {
            while (true) {
                Segment segment = take();
                if (segment == null) {
                    return;
                }
                RuntimeException error = null;
                try {
                    searchSegment(runner, segment);
                } catch (RuntimeException e) {
                    error = e;
                }
                finish(segment, error);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            synchronized (this) {
                failure = new IllegalStateException("Add1 search interrupted", e);
                notifyAll();
            }
        }
    }

    /** The next segment to search, splitting one in progress if needed; null when the search is over. */
    private synchronized Segment take() throws InterruptedException {
        while (true) {
            if (answer != null || failure != null) {
                return null;
            }
            Segment pending = null;
            Segment victim = null;
            for (int i = 0; i < segments.size(); i++) {
                Segment s = segments.get(i);
                if (s.done && (s.answer != null || s.infeasibleAtStart)) {
                    break; // later segments cannot matter
                }
                if (!s.done && !s.taken && (pending == null || s.end - s.start > pending.end - pending.start)) {
                    pending = s;
                }
                if (s.taken && !s.done && s.end - s.progress >= 8
                        && (victim == null || s.end - s.progress > victim.end - victim.progress)) {
                    victim = s;
                }
            }
            if (pending != null) {
                pending.taken = true;
                working++;
                return pending;
            }
            if (victim != null) {
                // The victim's next probes stay below the new end; a probe already under way reaches
                // at most progress + 1 as an ordinary step, below the split.
                long split = victim.progress + (victim.end - victim.progress) / 2;
                Segment upper = new Segment(split, null);
                upper.end = victim.end;
                victim.end = split;
                upper.taken = true;
                segments.add(segments.indexOf(victim) + 1, upper);
                working++;
                return upper;
            }
            if (working == 0) {
                return null;
            }
            wait();
        }
    }

    private synchronized void finish(Segment segment, RuntimeException error) {
        working--;
        segment.done = true;
        if (error != null && failure == null) {
            failure = error;
        }
        MesRun previous = null;
        for (Segment s : segments) {
            if (!s.done) {
                break;
            }
            if (s.infeasibleAtStart) {
                answer = previous;
                break;
            }
            if (s.answer != null) {
                answer = s.answer;
                break;
            }
            previous = s.lastRun;
        }
        notifyAll();
    }

    private synchronized long end(Segment segment) {
        return segment.end;
    }

    private synchronized void progress(Segment segment, long step) {
        segment.progress = step;
    }

    private synchronized boolean irrelevant(Segment segment) {
        for (Segment s : segments) {
            if (s == segment) {
                return failure != null;
            }
            if (s.done && (s.answer != null || s.infeasibleAtStart)) {
                return true;
            }
        }
        return true;
    }

    /** The sequential search within one segment: its first final step, or its last run. */
    private void searchSegment(Add1Search.Runner runner, Segment segment) {
        MesRun current = segment.startRun;
        if (current == null) {
            current = runner.run(segment.start, null, false);
            if (!search.feasible(current)) {
                segment.infeasibleAtStart = true;
                return;
            }
            if (search.exhaustive(current)) {
                segment.answer = current;
                return;
            }
        }
        Add1Search.Reach reach = search.searchFrom(runner, current, new Add1Search.Limits() {
            @Override
            public long end() {
                return ParallelAdd1Search.this.end(segment);
            }

            @Override
            public void progress(long step) {
                ParallelAdd1Search.this.progress(segment, step);
            }

            @Override
            public boolean stop() {
                return irrelevant(segment);
            }
        });
        segment.answer = reach.answer();
        segment.lastRun = reach.last();
    }

    /** Steps [start, end) searched by one thread. Guarded by the search's lock except the runs. */
    private static final class Segment {
        final long start;
        /** The plain run at start, or null until the thread that searches the segment makes it. */
        final MesRun startRun;
        long end;
        long progress;
        boolean taken;
        boolean done;
        /** The start itself costs more than B: the answer is the previous segment's last run. */
        boolean infeasibleAtStart;
        MesRun answer;
        /** The run whose outcome is the one at end - 1, when no final step was found. */
        MesRun lastRun;

        Segment(long start, MesRun startRun) {
            this.start = start;
            this.startRun = startRun;
            this.progress = start;
        }
    }
}
