#include "kiosk/core/attendant.h"

#include <cmath>
#include <limits>

namespace signpost::kiosk {

void Attendant::input(double now) {
  now_ = now;
  if (mode_ == Mode::kWarning) return;
  mode_ = Mode::kInUse;
  last_input_ = now;
}

void Attendant::more_time(double now) {
  now_ = now;
  if (mode_ == Mode::kAttract) return;
  mode_ = Mode::kInUse;
  last_input_ = now;
}

bool Attendant::tick(double now) {
  now_ = now;
  if (mode_ == Mode::kInUse && now - last_input_ >= idle_) {
    mode_ = Mode::kWarning;
    warned_at_ = last_input_ + idle_;
  }
  if (mode_ == Mode::kWarning && now - warned_at_ >= warning_) {
    mode_ = Mode::kAttract;
    return true;
  }
  return false;
}

int Attendant::seconds_left(double now) const {
  if (mode_ != Mode::kWarning) return warning_;
  double left = warning_ - (now - warned_at_);
  return left <= 0 ? 0 : static_cast<int>(std::ceil(left));
}

double Attendant::next_deadline() const {
  switch (mode_) {
    case Mode::kInUse:
      return last_input_ + idle_;
    case Mode::kWarning: {
      // The next whole second of the countdown, so the number on screen changes.
      double elapsed = now_ - warned_at_;
      return warned_at_ + std::floor(elapsed) + 1;
    }
    case Mode::kAttract:
      break;
  }
  return std::numeric_limits<double>::infinity();
}

}  // namespace signpost::kiosk
