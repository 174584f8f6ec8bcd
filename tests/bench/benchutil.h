// SPDX-License-Identifier: MIT
// Small helpers for the benchmark executables: timing, peak memory, big inputs.
#pragma once

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QString>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

#include <ctime>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace fl::bench {

// Median wall time in seconds of `repeats` runs.
inline double medianSeconds(int repeats, const std::function<void()> &work)
{
    std::vector<double> times;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e9);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

// Best (shortest) wall time in milliseconds of `repeats` runs: the run least disturbed by the
// other work on a shared machine.
inline double bestMs(int repeats, const std::function<void()> &work)
{
    double best = 1e300;
    for (int i = 0; i < repeats; ++i)
        best = std::min(best, medianSeconds(1, work) * 1000);
    return best;
}

// Best CPU time in milliseconds of this thread over `repeats` runs of `work` (which must run on
// the calling thread). On a loaded machine a run of several milliseconds is always preempted,
// so wall times of longer runs are inflated more than those of short ones; CPU time is not.
inline double bestCpuMs(int repeats, const std::function<void()> &work)
{
    const auto now = [] {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
    };
    double best = 1e300;
    for (int i = 0; i < repeats; ++i) {
        const double start = now();
        work();
        best = std::min(best, now() - start);
    }
    return best;
}

inline qint64 peakRssBytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_maxrss) * 1024;
}

// Runs `work` in a child process and returns the child's peak resident memory, so that the
// figure belongs to that work alone.
inline qint64 peakRssOfChild(const std::function<void()> &work)
{
    int fds[2];
    if (pipe(fds) != 0)
        return -1;
    const pid_t child = fork();
    if (child == 0) {
        close(fds[0]);
        work();
        const qint64 peak = peakRssBytes();
        if (write(fds[1], &peak, sizeof peak) != sizeof peak)
            _exit(1);
        _exit(0);
    }
    close(fds[1]);
    qint64 peak = -1;
    if (read(fds[0], &peak, sizeof peak) != sizeof peak)
        peak = -1;
    close(fds[0]);
    int status = 0;
    waitpid(child, &status, 0);
    return peak;
}

// Makes a big full submission with the shared tool (deterministic for a given corpus).
inline bool makeBigSubmission(const QString &sharedDir, const QString &out, int megabytes)
{
    if (QFile::exists(out) && QFile(out).size() > qint64(megabytes) * 900000)
        return true;
    QProcess python;
    python.start(QStringLiteral("python3"),
                 {sharedDir + QStringLiteral("/tools/make-big-submission.py"), out,
                  QString::number(megabytes)});
    return python.waitForFinished(600000) && python.exitCode() == 0;
}

inline double mb(qint64 bytes)
{
    return double(bytes) / 1e6;
}

} // namespace fl::bench
