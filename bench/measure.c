/* measure.c - run a command, print its wall time, CPU time and peak RSS.
 *
 *   measure [-t SECONDS] OUT ERR PROGRAM [ARG]...
 *
 * Runs PROGRAM with standard input from /dev/null, standard output to the
 * file OUT and standard error to the file ERR (both truncated; "-" keeps
 * ours), waits for it with wait4() and prints one line on standard output:
 *
 *   wall=1.234567 user=1.100000 sys=0.100000 maxrss_kb=12345 status=0 timeout=0
 *
 * wall is measured with CLOCK_MONOTONIC around fork/exec/wait; maxrss_kb is
 * the child's ru_maxrss (Linux: kilobytes, the peak resident set size).
 * status is the exit status, or 128 + the signal number.  With -t the program
 * is killed (SIGKILL) after SECONDS of wall time and timeout=1 is printed.  measure itself
 * exits 0 when it could run the program (whatever the program's status),
 * 127 when it could not.  GNU time is not needed.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static volatile sig_atomic_t alarmed;

static void on_alarm(int sig)
{
	(void)sig;
	alarmed = 1;
}

static double seconds(const struct timeval *tv)
{
	return (double)tv->tv_sec + (double)tv->tv_usec / 1e6;
}

static int redirect(const char *path, int fd, int flags)
{
	int f;

	if (strcmp(path, "-") == 0)
		return 0;
	f = open(path, flags, 0644);
	if (f < 0)
		return -1;
	if (dup2(f, fd) < 0) {
		close(f);
		return -1;
	}
	close(f);
	return 0;
}

int main(int argc, char **argv)
{
	struct timespec t0, t1;
	struct rusage ru;
	struct sigaction sa;
	unsigned limit = 0;
	int wstatus, status, killed = 0;
	pid_t pid;

	if (argc > 2 && strcmp(argv[1], "-t") == 0) {
		limit = (unsigned)strtoul(argv[2], NULL, 10);
		argc -= 2;
		argv += 2;
	}
	if (argc < 4) {
		fprintf(stderr, "usage: measure [-t SECONDS] OUT ERR PROGRAM [ARG]...\n");
		return 127;
	}
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_alarm;
	sigaction(SIGALRM, &sa, NULL);   /* no SA_RESTART: wait4 returns EINTR */
	clock_gettime(CLOCK_MONOTONIC, &t0);
	pid = fork();
	if (pid < 0) {
		fprintf(stderr, "measure: cannot fork: %s\n", strerror(errno));
		return 127;
	}
	if (pid == 0) {
		if (redirect("/dev/null", 0, O_RDONLY) < 0 ||
		    redirect(argv[1], 1, O_WRONLY | O_CREAT | O_TRUNC) < 0 ||
		    redirect(argv[2], 2, O_WRONLY | O_CREAT | O_TRUNC) < 0) {
			fprintf(stderr, "measure: cannot redirect: %s\n", strerror(errno));
			_exit(127);
		}
		execvp(argv[3], argv + 3);
		fprintf(stderr, "measure: cannot run '%s': %s\n", argv[3], strerror(errno));
		_exit(127);
	}
	if (limit)
		alarm(limit);
	while (wait4(pid, &wstatus, 0, &ru) < 0) {
		if (errno == EINTR && alarmed && !killed) {
			kill(pid, SIGKILL);
			killed = 1;
			continue;
		}
		if (errno != EINTR) {
			fprintf(stderr, "measure: wait4: %s\n", strerror(errno));
			return 127;
		}
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	if (WIFEXITED(wstatus))
		status = WEXITSTATUS(wstatus);
	else if (WIFSIGNALED(wstatus))
		status = 128 + WTERMSIG(wstatus);
	else
		status = 255;
	printf("wall=%.6f user=%.6f sys=%.6f maxrss_kb=%ld status=%d timeout=%d\n",
	       (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9,
	       seconds(&ru.ru_utime), seconds(&ru.ru_stime), ru.ru_maxrss, status, killed);
	return 0;
}
