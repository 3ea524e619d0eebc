#pragma once

#include "core/QueueService.h"
#include "core/Result.h"

namespace antre::cli {

class Context;

// What the queue commands print of a call ("A-002 L1") and of a ticket ("A-002 serving"), or as JSON.
int printCall(const Context& c, const Result<CallInfo>& call);
int printTicket(const Context& c, const Result<TicketInfo>& ticket);

} // namespace antre::cli
