// A fake of web WeChat (wx.qq.com) for end-to-end tests of the unmodified wechat4u client: HTTPS
// on 127.0.0.1 with a certificate from a CA made at test time, answering the endpoints and the
// formats wechat4u 0.7.14 (node_modules/wechat4u/src) and wechaty-puppet-wechat4u 1.14.14 use.
// docs/wechat4u-protocol.md describes the protocol as far as this fake reproduces it.
//
// People and groups are declared by stable test keys; every QR login is a new "generation" that
// gives every contact and group a fresh web id (`@…` / `@@…`), as the real servers do.
import { EventEmitter } from 'node:events';
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { makeTestCa, type TestCa } from './make-test-ca.js';

const WECHAT_HOSTS = ['wx.qq.com', 'login.wx.qq.com', 'webpush.wx.qq.com', 'file.wx.qq.com', 'login.weixin.qq.com', '*.qq.com'];

export interface FakePerson {
  key: string;
  nickName: string;
  /** The remark (备注) the bot's account gave this contact; only friends have one. */
  remarkName?: string;
  /** In the bot account's contact list (通讯录). Default: true when a remark is given. */
  friend?: boolean;
}

export interface FakeRoom {
  key: string;
  topic: string;
  /** Members besides the bot, with their group nickname (群昵称) if they set one. */
  members: { person: string; displayName?: string }[];
}

export interface FakeWechatOptions {
  self: { nickName: string };
  people: FakePerson[];
  rooms: FakeRoom[];
  /** How long an idle long poll (login, synccheck) is held before the empty answer. Real: ~25 s. */
  holdMs?: number;
}

/** One webwxsendmsg call, whatever the answer was. */
export interface SendAttempt {
  at: number;
  generation: number;
  toUserName: string;
  /** The test key of the group or person the id belonged to in this generation, else null. */
  to: string | null;
  text: string;
  ret: number;
}

interface Session {
  generation: number;
  uin: string;
  sid: string;
  skey: string;
  passTicket: string;
  valid: boolean;
  syncVal: number;
  inbox: Record<string, unknown>[];
  modContacts: Record<string, unknown>[];
  pendingChecks: ((body: string) => void)[];
}

interface QrLogin {
  uuid: string;
  state: 'waiting' | 'scanned' | 'confirmed' | 'used';
  pending: ((body: string) => void) | null;
}

const API = '/cgi-bin/mmwebwx-bin/';
/** A tiny JPEG-framed payload served as every image (SOI … EOI). */
const FAKE_JPEG = Buffer.from('ffd8ffe000104a46494600010100000100010000ffd9', 'hex');

const hex = (bytes: number): string => randomBytes(bytes).toString('hex');
const escapeContent = (text: string): string => text.replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n/g, '<br/>');

export class FakeWechat extends EventEmitter {
  readonly ca: TestCa;
  port = 0;
  generation = 0;
  /** Every send attempt, in order. */
  readonly attempts: SendAttempt[] = [];
  /** Every request path (with host), in order: for protocol assertions. */
  readonly requests: { at: number; host: string; path: string }[] = [];
  /** Ret codes for the next sends (1205 = too fast); consumed one per webwxsendmsg. */
  readonly failNext: number[] = [];
  /** When set, login requests are answered by closing the connection (the login service is down). */
  loginDown = false;

  private server: Server | null = null;
  private readonly options: FakeWechatOptions;
  private readonly people = new Map<string, FakePerson>();
  private readonly rooms = new Map<string, FakeRoom>();
  private ids = new Map<string, string>(); // test key → web id, this generation
  private keys = new Map<string, string>(); // web id → test key, this generation
  private selfId = '';
  private session: Session | null = null;
  private qr: QrLogin | null = null;
  private scanRequested = false;
  private msgSeq = 0n;
  private readonly images = new Set<string>();
  private readonly messages = new Map<string, { room: string; person: string }>();

  constructor(options: FakeWechatOptions) {
    super();
    this.options = options;
    for (const p of options.people) this.people.set(p.key, { friend: p.remarkName !== undefined, ...p });
    for (const r of options.rooms) this.rooms.set(r.key, { ...r, members: r.members.map((m) => ({ ...m })) });
    this.ca = makeTestCa(WECHAT_HOSTS);
  }

  async listen(): Promise<void> {
    this.server = createServer({ key: this.ca.keyPem, cert: this.ca.certPem }, (req, res) => void this.route(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server = null;
  }

  // ---- what a test does -------------------------------------------------------------------

  /** The phone scans the QR code being shown (now, or as soon as one is requested) and confirms. */
  scan(): void {
    this.scanRequested = true;
    this.advanceQr();
  }

  /** Resolves when the bot is logged in: webwxinit answered for a new generation. */
  async loggedIn(generation = this.generation + 1, timeoutMs = 15_000): Promise<void> {
    await this.waitFor(
      () => this.generation >= generation && this.session?.valid === true && this.initDone >= generation,
      `login #${generation}`,
      timeoutMs,
    );
  }

  /** The web id a person or group has in the current generation. */
  idOf(key: string): string {
    const id = this.ids.get(key);
    if (!id) throw new Error(`no id for ${key} (not logged in?)`);
    return id;
  }

  /** A group member writes text into a group; returns the message id (MsgId). */
  say(roomKey: string, personKey: string, text: string): string {
    return this.deliver(roomKey, personKey, 1, text);
  }

  /** A group member sends a photo. */
  sendImage(roomKey: string, personKey: string): string {
    const id = this.deliver(
      roomKey,
      personKey,
      3,
      '<?xml version="1.0"?>\n<msg><img length="22" hdlength="0" cdnthumblength="0" md5="0" /></msg>',
    );
    this.images.add(id);
    return id;
  }

  /** A group member recalls (撤回) one of their messages; the sysmsg carries its MsgId. */
  recall(roomKey: string, personKey: string, msgId: string): string {
    const nick = this.people.get(personKey)!.nickName;
    const xml =
      `<sysmsg type="revokemsg"><revokemsg><session>${this.idOf(roomKey)}</session><oldmsgid>${Number(BigInt(msgId) % 1_000_000_000n)}</oldmsgid>` +
      `<msgid>${msgId}</msgid><replacemsg><![CDATA["${nick}" 撤回了一条消息]]></replacemsg></revokemsg></sysmsg>`;
    return this.deliver(roomKey, personKey, 10002, xml);
  }

  /** Messages and contact updates waiting for the bot's next webwxsync. */
  get undelivered(): number {
    return this.session ? this.session.inbox.length + this.session.modContacts.length : 0;
  }

  /** The bot's account sets (or clears, with '') a contact's remark on the phone: pushed as ModContactList. */
  setRemark(personKey: string, remark: string): void {
    const person = this.people.get(personKey)!;
    person.remarkName = remark;
    person.friend = true;
    const session = this.session;
    if (!session?.valid) return;
    session.modContacts.push(this.personContact(personKey));
    this.flushChecks(session);
  }

  /** The session ends on the server (kicked from the phone): synccheck answers retcode "1101". */
  logout(): void {
    if (!this.session) return;
    this.session.valid = false;
    for (const answer of this.session.pendingChecks.splice(0)) answer('window.synccheck={retcode:"1101",selector:"0"}');
    this.emit('change');
  }

  /** Sends to this group or person the bot attempted (any answer). */
  attemptsTo(key: string): SendAttempt[] {
    return this.attempts.filter((a) => a.to === key);
  }

  /** Texts delivered (Ret 0) to this group or person. */
  delivered(key: string): SendAttempt[] {
    return this.attempts.filter((a) => a.to === key && a.ret === 0);
  }

  /** Waits until `check` holds, re-checking on every request the fake answers. */
  waitFor(check: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
    if (check()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const onChange = (): void => {
        if (!check()) return;
        clearTimeout(timer);
        this.off('change', onChange);
        resolve();
      };
      const timer = setTimeout(() => {
        this.off('change', onChange);
        reject(new Error(`fake WeChat: timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      this.on('change', onChange);
    });
  }

  /** Waits for a delivered text to `key` matching `pattern` (in `generation`, when given) and returns it. */
  async waitForDelivered(key: string, pattern: RegExp, timeoutMs = 15_000, generation?: number): Promise<SendAttempt> {
    const match = (a: SendAttempt): boolean => pattern.test(a.text) && (generation === undefined || a.generation === generation);
    await this.waitFor(() => this.delivered(key).some(match), `a message to ${key} matching ${pattern}`, timeoutMs);
    return this.delivered(key).find(match)!;
  }

  // ---- the protocol -----------------------------------------------------------------------

  private initDone = 0;

  private deliver(roomKey: string, personKey: string, msgType: number, content: string): string {
    const session = this.session;
    if (!session?.valid) throw new Error('fake WeChat: nobody is logged in');
    const room = this.rooms.get(roomKey);
    if (!room?.members.some((m) => m.person === personKey)) throw new Error(`${personKey} is not in ${roomKey}`);
    this.msgSeq += 1n;
    const msgId = String(4_611_686_018_427_387_904n + this.msgSeq * 7919n);
    const message = {
      ...this.messageDefaults(),
      MsgId: msgId,
      NewMsgId: Number(msgId), // a JSON number: loses precision in JavaScript, as on the real servers
      FromUserName: this.idOf(roomKey),
      ToUserName: this.selfId,
      MsgType: msgType,
      // In a group, Content is "<sender id>:<br/>" + the HTML-escaped text.
      Content: `${this.idOf(personKey)}:<br/>${escapeContent(content)}`,
      CreateTime: Math.floor(Date.now() / 1000),
    };
    this.messages.set(msgId, { room: roomKey, person: personKey });
    session.inbox.push(message);
    this.flushChecks(session);
    return msgId;
  }

  private messageDefaults(): Record<string, unknown> {
    return {
      Status: 3,
      ImgStatus: 1,
      VoiceLength: 0,
      PlayLength: 0,
      FileName: '',
      FileSize: '',
      MediaId: '',
      Url: '',
      AppMsgType: 0,
      StatusNotifyCode: 0,
      StatusNotifyUserName: '',
      RecommendInfo: {
        UserName: '',
        NickName: '',
        QQNum: 0,
        Province: '',
        City: '',
        Content: '',
        Signature: '',
        Alias: '',
        Scene: 0,
        VerifyFlag: 0,
        AttrStatus: 0,
        Sex: 0,
        Ticket: '',
        OpCode: 0,
      },
      ForwardFlag: 0,
      AppInfo: { AppID: '', Type: 0 },
      HasProductId: 0,
      Ticket: '',
      ImgHeight: 0,
      ImgWidth: 0,
      SubMsgType: 0,
      OriContent: '',
      EncryFileName: '',
    };
  }

  private flushChecks(session: Session): void {
    if (session.inbox.length === 0 && session.modContacts.length === 0) return;
    for (const answer of session.pendingChecks.splice(0)) answer('window.synccheck={retcode:"0",selector:"2"}');
  }

  private newGeneration(): Session {
    this.generation += 1;
    this.ids = new Map();
    this.keys = new Map();
    const assign = (key: string, id: string): void => {
      this.ids.set(key, id);
      this.keys.set(id, key);
    };
    this.selfId = `@${hex(16)}`;
    for (const key of this.people.keys()) assign(key, `@${hex(16)}`);
    for (const key of this.rooms.keys()) assign(key, `@@${hex(32)}`);
    this.session = {
      generation: this.generation,
      uin: String(2_000_000_000 + this.generation),
      sid: hex(8),
      skey: `@crypt_${hex(4)}_${hex(16)}`,
      passTicket: hex(24),
      valid: true,
      syncVal: 1,
      inbox: [],
      modContacts: [],
      pendingChecks: [],
    };
    return this.session;
  }

  private selfContact(): Record<string, unknown> {
    return {
      ...this.contactDefaults(),
      Uin: Number(this.session?.uin ?? 0),
      UserName: this.selfId,
      NickName: this.options.self.nickName,
      ContactFlag: 0,
    };
  }

  private contactDefaults(): Record<string, unknown> {
    return {
      Uin: 0,
      HeadImgUrl: '',
      ContactFlag: 0,
      MemberCount: 0,
      MemberList: [],
      RemarkName: '',
      HideInputBarFlag: 0,
      Sex: 0,
      Signature: '',
      VerifyFlag: 0,
      OwnerUin: 0,
      PYInitial: '',
      PYQuanPin: '',
      RemarkPYInitial: '',
      RemarkPYQuanPin: '',
      StarFriend: 0,
      AppAccountFlag: 0,
      Statues: 0,
      AttrStatus: 0,
      Province: '',
      City: '',
      Alias: '',
      SnsFlag: 0,
      UniFriend: 0,
      DisplayName: '',
      ChatRoomId: 0,
      KeyWord: '',
      EncryChatRoomId: '',
      IsOwner: 0,
    };
  }

  private personContact(key: string): Record<string, unknown> {
    const p = this.people.get(key)!;
    const id = this.idOf(key);
    return {
      ...this.contactDefaults(),
      UserName: id,
      NickName: p.nickName,
      HeadImgUrl: `${API}webwxgeticon?seq=0&username=${id}&skey=`,
      // Only the bot's own contacts carry its remark; a stranger met in a group has none.
      RemarkName: p.friend ? (p.remarkName ?? '') : '',
      ContactFlag: p.friend ? 3 : 0,
    };
  }

  private roomContact(key: string, withMembers: boolean): Record<string, unknown> {
    const r = this.rooms.get(key)!;
    const id = this.idOf(key);
    const members = [
      { person: null as string | null, displayName: '' },
      ...r.members.map((m) => ({ person: m.person, displayName: m.displayName ?? '' })),
    ].map((m) => ({
      Uin: 0,
      UserName: m.person ? this.idOf(m.person) : this.selfId,
      NickName: m.person ? this.people.get(m.person)!.nickName : this.options.self.nickName,
      AttrStatus: 0,
      PYInitial: '',
      PYQuanPin: '',
      RemarkPYInitial: '',
      RemarkPYQuanPin: '',
      MemberStatus: 0,
      DisplayName: m.displayName,
      KeyWord: '',
    }));
    return {
      ...this.contactDefaults(),
      UserName: id,
      NickName: r.topic,
      HeadImgUrl: `${API}webwxgetheadimg?seq=0&username=${id}&skey=`,
      ContactFlag: 3,
      // webwxgetcontact lists saved groups without members; webwxbatchgetcontact fills them in.
      MemberCount: withMembers ? members.length : 0,
      MemberList: withMembers ? members : [],
      EncryChatRoomId: withMembers ? `@${hex(16)}` : '',
    };
  }

  private baseOk(): { Ret: number; ErrMsg: string } {
    return { Ret: 0, ErrMsg: '' };
  }

  /** The session a request belongs to, from BaseRequest (POST) or sid/skey (GET); null if stale. */
  private sessionOf(query: URLSearchParams, body: Record<string, unknown> | null): Session | null {
    const s = this.session;
    if (!s?.valid) return null;
    const base = (body?.BaseRequest ?? null) as { Sid?: string; Skey?: string; Uin?: number } | null;
    if (base) return base.Sid === s.sid && String(base.Uin) === s.uin ? s : null;
    const sid = query.get('sid');
    if (sid !== null) return sid === s.sid ? s : null;
    const skey = query.get('skey');
    return skey === s.skey ? s : null;
  }

  private advanceQr(): void {
    const qr = this.qr;
    if (!qr || !this.scanRequested || qr.state !== 'waiting') return;
    qr.state = 'scanned';
    if (qr.pending) {
      const answer = qr.pending;
      qr.pending = null;
      answer(this.qrAnswer(qr));
    }
  }

  private qrAnswer(qr: QrLogin): string {
    if (qr.state === 'scanned') {
      qr.state = 'confirmed';
      return "window.code=201;window.userAvatar = 'data:img/jpg;base64,/9j/4AAQ';";
    }
    qr.state = 'used';
    this.scanRequested = false;
    return `window.code=200;\nwindow.redirect_uri="https://wx.qq.com${API}webwxnewloginpage?ticket=${hex(12)}&uuid=${qr.uuid}&lang=zh_CN&scan=${Math.floor(Date.now() / 1000)}";`;
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'https://fake');
    const host = (req.headers.host ?? '').split(':')[0]!;
    this.requests.push({ at: Date.now(), host, path: url.pathname });
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    let body: Record<string, unknown> | null = null;
    if (raw.startsWith('{')) body = JSON.parse(raw) as Record<string, unknown>;
    const q = url.searchParams;
    const name = url.pathname.replace(API, '');
    const text = (status: number, payload: string, headers: Record<string, string | string[]> = {}): void => {
      res.writeHead(status, { 'content-type': 'text/javascript', ...headers });
      res.end(payload);
      this.emit('change');
    };
    const json = (payload: unknown): void => {
      res.writeHead(200, { 'content-type': 'text/plain' }); // the real servers label JSON as text/plain
      res.end(JSON.stringify(payload));
      this.emit('change');
    };

    if (url.pathname === '/jslogin') {
      if (this.loginDown) return void req.socket.destroy();
      this.qr = { uuid: `${hex(5)}==`, state: 'waiting', pending: null };
      this.emit('qr', this.qr.uuid);
      text(200, `window.QRLogin.code = 200; window.QRLogin.uuid = "${this.qr.uuid}";`);
      this.advanceQr();
      return;
    }
    if (name === 'login') {
      if (this.loginDown) return void req.socket.destroy();
      const qr = this.qr;
      if (!qr || qr.uuid !== q.get('uuid') || qr.state === 'used') return text(200, 'window.code=400;');
      if (qr.state !== 'waiting') return text(200, this.qrAnswer(qr));
      const timer = setTimeout(() => {
        qr.pending = null;
        text(200, 'window.code=408;');
      }, this.options.holdMs ?? 1000);
      qr.pending = (answer) => {
        clearTimeout(timer);
        text(200, answer);
      };
      res.on('close', () => clearTimeout(timer));
      return;
    }
    if (name === 'webwxnewloginpage') {
      const s = this.newGeneration();
      // The real answer is a 301 whose body is XML; wechat4u reads it from the axios error.
      const xml = `<error><ret>0</ret><message></message><skey>${s.skey}</skey><wxsid>${s.sid}</wxsid><wxuin>${s.uin}</wxuin><pass_ticket>${s.passTicket}</pass_ticket><isgrayscale>1</isgrayscale></error>`;
      return text(301, xml, {
        'content-type': 'text/plain',
        location: 'https://wx.qq.com/',
        'set-cookie': [
          `wxuin=${s.uin}; Domain=wx.qq.com; Path=/; Secure`,
          `wxsid=${s.sid}; Domain=wx.qq.com; Path=/; Secure`,
          `webwx_data_ticket=${hex(16)}; Domain=.qq.com; Path=/; Secure`,
          `webwx_auth_ticket=${hex(16)}; Domain=wx.qq.com; Path=/; Secure`,
          `mm_lang=zh_CN; Domain=wx.qq.com; Path=/; Secure`,
        ],
      });
    }

    const session = this.sessionOf(q, body);
    const loggedOut = { BaseResponse: { Ret: 1101, ErrMsg: '' } };
    switch (name) {
      case 'webwxinit': {
        if (!session) return json(loggedOut);
        this.initDone = session.generation;
        return json({
          BaseResponse: this.baseOk(),
          Count: 0,
          ContactList: [],
          SyncKey: this.syncKey(session),
          User: this.selfContact(),
          ChatSet: '',
          SKey: session.skey,
          ClientVersion: 0x27001334,
          SystemTime: Math.floor(Date.now() / 1000),
          GrayScale: 1,
          InviteStartCount: 40,
          MPSubscribeMsgCount: 0,
          MPSubscribeMsgList: [],
          ClickReportInterval: 600000,
        });
      }
      case 'webwxstatusnotify':
        return json(session ? { BaseResponse: this.baseOk(), MsgID: String(Date.now()) } : loggedOut);
      case 'webwxgetcontact': {
        if (!session) return json(loggedOut);
        const friends = [...this.people.values()].filter((p) => p.friend).map((p) => this.personContact(p.key));
        const groups = [...this.rooms.keys()].map((k) => this.roomContact(k, false));
        const list = [
          ...friends,
          ...groups,
          { ...this.contactDefaults(), UserName: 'filehelper', NickName: '文件传输助手', ContactFlag: 3 },
        ];
        return json({ BaseResponse: this.baseOk(), MemberCount: list.length, MemberList: list, Seq: 0 });
      }
      case 'webwxbatchgetcontact': {
        if (!session) return json(loggedOut);
        const wanted = ((body?.List ?? []) as { UserName: string }[]).map((c) => c.UserName);
        const list = wanted
          .map((id) => this.keys.get(id))
          .filter((key): key is string => key !== undefined)
          .map((key) => (this.rooms.has(key) ? this.roomContact(key, true) : this.personContact(key)));
        return json({ BaseResponse: this.baseOk(), Count: list.length, ContactList: list });
      }
      case 'synccheck': {
        // retcode is a quoted string on the real servers, so wechat4u's `=== 1101` never matches.
        if (!session) return text(200, 'window.synccheck={retcode:"1101",selector:"0"}');
        if (session.inbox.length || session.modContacts.length) return text(200, 'window.synccheck={retcode:"0",selector:"2"}');
        const timer = setTimeout(() => {
          session.pendingChecks = session.pendingChecks.filter((a) => a !== answer);
          text(200, 'window.synccheck={retcode:"0",selector:"0"}');
        }, this.options.holdMs ?? 1000);
        const answer = (payload: string): void => {
          clearTimeout(timer);
          text(200, payload);
        };
        session.pendingChecks.push(answer);
        res.on('close', () => clearTimeout(timer));
        return;
      }
      case 'webwxsync': {
        if (!session) return json(loggedOut);
        session.syncVal += 1;
        const add = session.inbox.splice(0);
        const mod = session.modContacts.splice(0);
        return json({
          BaseResponse: this.baseOk(),
          AddMsgCount: add.length,
          AddMsgList: add,
          ModContactCount: mod.length,
          ModContactList: mod,
          DelContactCount: 0,
          DelContactList: [],
          ModChatRoomMemberCount: 0,
          ModChatRoomMemberList: [],
          Profile: {},
          ContinueFlag: 0,
          SyncKey: this.syncKey(session),
          SyncCheckKey: this.syncKey(session),
          SKey: session.skey,
        });
      }
      case 'webwxsendmsg': {
        const msg = (body?.Msg ?? {}) as { ToUserName?: string; Content?: string };
        const toUserName = msg.ToUserName ?? '';
        const to = this.keys.get(toUserName) ?? null;
        // Ret 1101: session over; 1205: too fast; 1 (the fake's choice): an id of an earlier login.
        const ret = !session ? 1101 : this.failNext.length ? this.failNext.shift()! : to === null ? 1 : 0;
        this.attempts.push({ at: Date.now(), generation: this.generation, toUserName, to, text: msg.Content ?? '', ret });
        if (ret !== 0 || !session) return json({ BaseResponse: { Ret: ret, ErrMsg: '' }, MsgID: '', LocalID: '' });
        this.msgSeq += 1n;
        const msgId = String(4_611_686_018_427_387_904n + this.msgSeq * 7919n);
        // The account's own messages come back through webwxsync (msg.self() in Wechaty).
        session.inbox.push({
          ...this.messageDefaults(),
          MsgId: msgId,
          NewMsgId: Number(msgId),
          FromUserName: this.selfId,
          ToUserName: toUserName,
          MsgType: 1,
          Content: escapeContent(msg.Content ?? ''),
          CreateTime: Math.floor(Date.now() / 1000),
        });
        this.flushChecks(session);
        return json({ BaseResponse: this.baseOk(), MsgID: msgId, LocalID: String((body?.Msg as { LocalID?: string })?.LocalID ?? '') });
      }
      case 'webwxgetmsgimg': {
        if (!session || !this.images.has(q.get('MsgID') ?? '')) {
          res.writeHead(404);
          res.end();
          this.emit('change');
          return;
        }
        res.writeHead(200, { 'content-type': 'image/jpeg' });
        res.end(FAKE_JPEG);
        this.emit('change');
        return;
      }
      case 'webwxgeticon':
      case 'webwxgetheadimg':
        res.writeHead(200, { 'content-type': 'image/jpeg' });
        res.end(FAKE_JPEG);
        return void this.emit('change');
      case 'webwxlogout':
        if (session) session.valid = false;
        return text(200, '');
      case 'webwxstatreport':
        return json({ BaseResponse: this.baseOk() });
      default:
        res.writeHead(404);
        res.end();
        this.emit('change');
    }
  }

  private syncKey(session: Session): { Count: number; List: { Key: number; Val: number }[] } {
    const v = session.syncVal;
    return { Count: 4, List: [1, 2, 3, 1000].map((Key) => ({ Key, Val: Key === 1000 ? Math.floor(Date.now() / 1000) : v })) };
  }
}

/** Starts a fake on a free port of 127.0.0.1. */
export async function startFakeWechat(options: FakeWechatOptions): Promise<FakeWechat> {
  const fake = new FakeWechat(options);
  await fake.listen();
  return fake;
}
