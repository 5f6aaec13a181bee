package syntax

import (
	"runtime"
	"syscall"
	"time"
)

// threadCPU locks the goroutine to its thread and returns a function that
// reports the CPU time the thread has used since: on a shared machine it
// measures speed per core better than the wall clock.
func threadCPU() func() time.Duration {
	runtime.LockOSThread()
	const rusageThread = 1 // RUSAGE_THREAD
	now := func() time.Duration {
		var ru syscall.Rusage
		if err := syscall.Getrusage(rusageThread, &ru); err != nil {
			return 0
		}
		return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	}
	start := now()
	return func() time.Duration {
		d := now() - start
		runtime.UnlockOSThread()
		return d
	}
}
