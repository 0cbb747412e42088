// Attendant: the kiosk between one family and the next. It shows the attract
// screen until someone touches it; after idle_seconds with no input it warns
// ("Are you still there?") and counts down warning_seconds; when the countdown
// runs out, or the family presses Finish, the caller wipes every answer and the
// attract screen returns. Time is passed in (seconds on a monotonic clock), so
// tests and scripts can move it on. Depends on nothing.
#pragma once

namespace signpost::kiosk {

class Attendant {
 public:
  enum class Mode { kAttract, kInUse, kWarning };

  Attendant(int idle_seconds, int warning_seconds) : idle_(idle_seconds), warning_(warning_seconds) {}

  // Someone touched the screen or pressed a key. On the attract screen it
  // starts a session; during the warning it does not dismiss it (a stray touch
  // must not hide the countdown): only more_time() does.
  void input(double now);
  void more_time(double now);
  // Moves the clock on; true when the countdown ran out: the caller wipes every
  // answer now. The mode is then kAttract.
  bool tick(double now);
  // The family pressed Finish: the caller wipes every answer.
  void finish() { mode_ = Mode::kAttract; }

  Mode mode() const { return mode_; }
  // Whole seconds left on the countdown (during the warning).
  int seconds_left(double now) const;
  // When the clock next needs looking at (the warning starts, or the countdown
  // ticks a second): the kiosk sleeps until then when nothing else happens.
  double next_deadline() const;

 private:
  int idle_;
  int warning_;
  Mode mode_ = Mode::kAttract;
  double last_input_ = 0;
  double warned_at_ = 0;
  double now_ = 0;
};

}  // namespace signpost::kiosk
